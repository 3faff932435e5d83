'use strict';
// swift-cdk's handler for `Custom::DynamoDBReplica` (Node.js on AWS Lambda; the AWS SDK for
// JavaScript v3 comes with the runtime): the onEvent and isComplete functions of the provider
// framework (Handlers/provider-framework) that add and remove one replica region of a global
// table (version 2019.11.21) with UpdateTable, in the region of the table.
//
// Resource properties: TableName, Region, SkipReplicaDeletion ('true': a Delete keeps the
// replica), SkipReplicationCompletedWait ('true': ready once the replica is being made).
//   onEventHandler
//     Create: adds the replica; the physical id is `<table>-<region>`.
//     Update: of the same table and region, nothing to do (the id is kept); else adds the new
//       replica under a new id, and CloudFormation then deletes the old one with a Delete.
//     Delete: removes the replica, unless SkipReplicaDeletion; a table or replica that is gone
//       already is fine.
//   isCompleteHandler: after a Create or Update, the table and the replica are ACTIVE (or the
//     replica exists, with SkipReplicationCompletedWait); after a Delete, the table is ACTIVE
//     without the replica, or the table is gone.
// Each step reads the table first, so a request that is sent again does nothing twice.

exports.onEventHandler = (event) => onEvent(event, newDynamoDBClient());
exports.isCompleteHandler = (event) => isComplete(event, newDynamoDBClient());
exports.onEvent = onEvent;
exports.isComplete = isComplete;

function newDynamoDBClient() {
  const { DynamoDB } = require('@aws-sdk/client-dynamodb');
  return new DynamoDB({});
}

/** The work of one request, with `dynamodb` a DynamoDB client (the SDK's aggregated `DynamoDB`, or a fake). */
async function onEvent(event, dynamodb) {
  const { table, region, properties } = replicaOf(event);
  switch (event.RequestType) {
    case 'Create':
      await addReplica(dynamodb, table, region);
      return { PhysicalResourceId: `${table}-${region}` };
    case 'Update': {
      const old = event.OldResourceProperties || {};
      if (old.TableName === table && old.Region === region) return {};
      await addReplica(dynamodb, table, region);
      return { PhysicalResourceId: `${table}-${region}` };
    }
    case 'Delete':
      if (properties.SkipReplicaDeletion === 'true') {
        console.log(`Keeping the replica of ${table} in ${region} (SkipReplicaDeletion)`);
        return {};
      }
      await removeReplica(dynamodb, table, region);
      return {};
    default:
      throw new Error(`Unknown request type ${event.RequestType}`);
  }
}

/** Whether the request of `event` is done: `{ IsComplete }`. */
async function isComplete(event, dynamodb) {
  const { table, region, properties } = replicaOf(event);
  const deleting = event.RequestType === 'Delete';
  if (deleting && properties.SkipReplicaDeletion === 'true') return { IsComplete: true };
  const described = await describeTable(dynamodb, table);
  if (!described) {
    if (deleting) return { IsComplete: true };
    throw new Error(`The table ${table} does not exist`);
  }
  const replica = replicaIn(described, region);
  const tableActive = described.TableStatus === 'ACTIVE';
  if (deleting) return { IsComplete: tableActive && !replica };
  if (properties.SkipReplicationCompletedWait === 'true') return { IsComplete: replica !== undefined };
  const replicaActive = replica !== undefined && replica.ReplicaStatus === 'ACTIVE';
  console.log(`${table}: table ${described.TableStatus}, replica in ${region} ${replica ? replica.ReplicaStatus : 'missing'}`);
  return { IsComplete: tableActive && replicaActive };
}

async function addReplica(dynamodb, table, region) {
  const described = await describeTable(dynamodb, table);
  if (!described) throw new Error(`The table ${table} does not exist`);
  if (replicaIn(described, region)) {
    console.log(`${table} already has a replica in ${region}`);
    return;
  }
  await dynamodb.updateTable({ TableName: table, ReplicaUpdates: [{ Create: { RegionName: region } }] });
  console.log(`Adding a replica of ${table} in ${region}`);
}

async function removeReplica(dynamodb, table, region) {
  const described = await describeTable(dynamodb, table);
  if (!described || !replicaIn(described, region)) {
    console.log(`${table} has no replica in ${region}: nothing to remove`);
    return;
  }
  try {
    await dynamodb.updateTable({ TableName: table, ReplicaUpdates: [{ Delete: { RegionName: region } }] });
  } catch (error) {
    if (error.name !== 'ResourceNotFoundException') throw error;
  }
  console.log(`Removing the replica of ${table} in ${region}`);
}

/** The table's description, or undefined when it does not exist. */
async function describeTable(dynamodb, table) {
  try {
    return (await dynamodb.describeTable({ TableName: table })).Table;
  } catch (error) {
    if (error.name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

function replicaIn(table, region) {
  return (table.Replicas || []).find((replica) => replica.RegionName === region);
}

function replicaOf(event) {
  const properties = event.ResourceProperties || {};
  if (!properties.TableName || !properties.Region) throw new Error('The resource needs the properties TableName and Region');
  return { table: properties.TableName, region: properties.Region, properties };
}
