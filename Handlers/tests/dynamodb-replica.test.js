'use strict';
// swift-cdk's `Custom::DynamoDBReplica` handler (Handlers/dynamodb-replica) with a fake DynamoDB
// client: which replica updates each request makes, and when it is complete. The AWS SDK bundle
// that the other handler tests use has no DynamoDB client, and the provider framework around it
// is tested in provider-framework.test.js. Runs with `node --test Handlers/tests`.

const test = require('node:test');
const assert = require('node:assert/strict');

const { onEvent, isComplete } = require('../dynamodb-replica/index.js');
const { cloudFormationEvent } = require('./support/local-aws');

function awsError(name) {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  return error;
}

/** A DynamoDB client over one table (`undefined`: no table); records the replica updates. */
function fakeDynamoDB(table) {
  const updates = [];
  return {
    updates,
    describeTable: async ({ TableName }) => {
      if (!table || table.TableName !== TableName) throw awsError('ResourceNotFoundException');
      return { Table: JSON.parse(JSON.stringify(table)) };
    },
    updateTable: async ({ TableName, ReplicaUpdates }) => {
      updates.push({ TableName, ReplicaUpdates });
      return {};
    },
  };
}

const table = (status, replicas) => ({ TableName: 'Orders', TableStatus: status, Replicas: replicas });
const replica = (region, status) => ({ RegionName: region, ReplicaStatus: status });

function event(requestType, properties = {}, extra = {}) {
  return cloudFormationEvent(requestType, 'Custom::DynamoDBReplica', { TableName: 'Orders', Region: 'eu-west-1', ...properties }, extra);
}

test('Create adds the replica and names it after the table and region', async () => {
  const dynamodb = fakeDynamoDB(table('ACTIVE', []));
  assert.deepEqual(await onEvent(event('Create'), dynamodb), { PhysicalResourceId: 'Orders-eu-west-1' });
  assert.deepEqual(dynamodb.updates, [{ TableName: 'Orders', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }] }]);
});

test('a Create sent again, for a replica that exists, adds nothing', async () => {
  const dynamodb = fakeDynamoDB(table('ACTIVE', [replica('eu-west-1', 'CREATING')]));
  assert.deepEqual(await onEvent(event('Create'), dynamodb), { PhysicalResourceId: 'Orders-eu-west-1' });
  assert.deepEqual(dynamodb.updates, []);
});

test('an Update of the same replica keeps it; of another region adds that one under a new id', async () => {
  const same = fakeDynamoDB(table('ACTIVE', [replica('eu-west-1', 'ACTIVE')]));
  const old = { OldResourceProperties: { TableName: 'Orders', Region: 'eu-west-1', SkipReplicaDeletion: 'true' }, PhysicalResourceId: 'Orders-eu-west-1' };
  assert.deepEqual(await onEvent(event('Update', {}, old), same), {});
  assert.deepEqual(same.updates, []);
  const moved = fakeDynamoDB(table('ACTIVE', [replica('eu-west-1', 'ACTIVE')]));
  assert.deepEqual(await onEvent(event('Update', { Region: 'eu-west-2' }, old), moved), { PhysicalResourceId: 'Orders-eu-west-2' });
  assert.deepEqual(moved.updates, [{ TableName: 'Orders', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-2' } }] }]);
});

test('Delete removes the replica, unless it is to be kept; a replica or table that is gone is fine', async () => {
  const existing = fakeDynamoDB(table('ACTIVE', [replica('eu-west-1', 'ACTIVE')]));
  assert.deepEqual(await onEvent(event('Delete', {}, { PhysicalResourceId: 'p' }), existing), {});
  assert.deepEqual(existing.updates, [{ TableName: 'Orders', ReplicaUpdates: [{ Delete: { RegionName: 'eu-west-1' } }] }]);
  const kept = fakeDynamoDB(table('ACTIVE', [replica('eu-west-1', 'ACTIVE')]));
  await onEvent(event('Delete', { SkipReplicaDeletion: 'true' }), kept);
  assert.deepEqual(kept.updates, []);
  const noReplica = fakeDynamoDB(table('ACTIVE', [replica('eu-central-1', 'ACTIVE')]));
  await onEvent(event('Delete'), noReplica);
  assert.deepEqual(noReplica.updates, []);
  await onEvent(event('Delete'), fakeDynamoDB(undefined));
});

test('a missing table or property, and other errors, fail the request', async () => {
  await assert.rejects(onEvent(event('Create'), fakeDynamoDB(undefined)), /The table Orders does not exist/);
  await assert.rejects(onEvent(event('Create', { Region: undefined }), fakeDynamoDB(table('ACTIVE', []))), /TableName and Region/);
  const throttled = fakeDynamoDB(table('ACTIVE', []));
  throttled.updateTable = async () => { throw awsError('LimitExceededException'); };
  await assert.rejects(onEvent(event('Create'), throttled), /LimitExceededException/);
  await assert.rejects(isComplete(event('Create'), fakeDynamoDB(undefined)), /does not exist/);
});

test('a Create is complete when the table and the replica are active', async () => {
  const cases = [
    [table('UPDATING', [replica('eu-west-1', 'CREATING')]), false],
    [table('ACTIVE', [replica('eu-west-1', 'CREATING')]), false],
    [table('ACTIVE', [replica('eu-central-1', 'ACTIVE')]), false],
    [table('ACTIVE', [replica('eu-west-1', 'ACTIVE')]), true],
  ];
  for (const [described, complete] of cases) {
    assert.deepEqual(await isComplete(event('Create'), fakeDynamoDB(described)), { IsComplete: complete }, JSON.stringify(described));
  }
});

test('without the replication wait, a Create is complete once the replica is being made', async () => {
  const skip = event('Update', { SkipReplicationCompletedWait: 'true' });
  assert.deepEqual(await isComplete(skip, fakeDynamoDB(table('UPDATING', [replica('eu-west-1', 'CREATING')]))), { IsComplete: true });
  assert.deepEqual(await isComplete(skip, fakeDynamoDB(table('ACTIVE', []))), { IsComplete: false });
});

test('a Delete is complete when the replica is gone from an active table, or the table is gone', async () => {
  const deleting = event('Delete', {}, { PhysicalResourceId: 'p' });
  assert.deepEqual(await isComplete(deleting, fakeDynamoDB(table('UPDATING', [replica('eu-west-1', 'DELETING')]))), { IsComplete: false });
  assert.deepEqual(await isComplete(deleting, fakeDynamoDB(table('UPDATING', []))), { IsComplete: false });
  assert.deepEqual(await isComplete(deleting, fakeDynamoDB(table('ACTIVE', []))), { IsComplete: true });
  assert.deepEqual(await isComplete(deleting, fakeDynamoDB(undefined)), { IsComplete: true });
  const kept = event('Delete', { SkipReplicaDeletion: 'true' }, { PhysicalResourceId: 'p' });
  assert.deepEqual(await isComplete(kept, fakeDynamoDB(table('ACTIVE', [replica('eu-west-1', 'ACTIVE')]))), { IsComplete: true });
});
