'use strict';
// swift-cdk's custom resource provider framework (Handlers/provider-framework), as the provider
// uploads it (framework.js beside cloudformation-response.js), with fake Lambda and Step
// Functions clients: what the provider's functions get, what CloudFormation is told, and how
// the waiter's retries end. The last test runs the DynamoDB replica handler behind it.
// Runs with `node --test Handlers/tests`.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { provideModules } = require('./support/aws-sdk');
const { startReceiver, lambdaContext, stageHandler, cloudFormationEvent } = require('./support/local-aws');
const { CREATE_FAILED_ID } = require('../nodejs-response/cloudformation-response');

const staged = stageHandler('provider-framework', { entrypoint: false, file: 'framework.js' });
const framework = require(path.join(staged.folder, 'framework.js'));

const ON_EVENT = 'arn:aws:lambda:us-east-1:123456789012:function:on-event';
const IS_COMPLETE = 'arn:aws:lambda:us-east-1:123456789012:function:is-complete';
const WAITER = 'arn:aws:states:us-east-1:123456789012:stateMachine:waiter';

let receiver;
test.before(async () => { receiver = await startReceiver(); });
test.after(async () => { await receiver.stop(); staged.remove(); });

function awsError(name) {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  return error;
}

/**
 * Fake AWS clients: `functions` maps a function ARN to what it runs (an async function of the
 * payload; a thrown error becomes a FunctionError as Lambda reports it). `invokeErrors` lists
 * errors the Invoke call itself throws first, in order. Records every call.
 */
function fakeAws(functions, { invokeErrors = [] } = {}) {
  const calls = { invoke: [], startExecution: [] };
  const pendingErrors = [...invokeErrors];
  class Lambda {
    async invoke({ FunctionName, Payload }) {
      const payload = JSON.parse(Buffer.from(Payload).toString('utf8'));
      calls.invoke.push({ FunctionName, payload });
      if (pendingErrors.length > 0) throw awsError(pendingErrors.shift());
      try {
        const value = await functions[FunctionName](payload);
        return { StatusCode: 200, Payload: Buffer.from(JSON.stringify(value === undefined ? null : value)) };
      } catch (error) {
        return { StatusCode: 200, FunctionError: 'Unhandled', Payload: Buffer.from(JSON.stringify({ errorType: error.name, errorMessage: error.message, trace: [] })) };
      }
    }
  }
  class SFN {
    async startExecution(input) {
      calls.startExecution.push(input);
      return { executionArn: `${WAITER}:${input.name}` };
    }
  }
  const restore = provideModules({ '@aws-sdk/client-lambda': { Lambda }, '@aws-sdk/client-sfn': { SFN } });
  return { calls, restore };
}

/** Sets the framework's environment for one test: with `waiter`, an isComplete function too. */
function environment(t, { waiter }) {
  const saved = { ...process.env };
  process.env.USER_ON_EVENT_FUNCTION_ARN = ON_EVENT;
  if (waiter) {
    process.env.USER_IS_COMPLETE_FUNCTION_ARN = IS_COMPLETE;
    process.env.WAITER_STATE_MACHINE_ARN = WAITER;
  } else {
    delete process.env.USER_IS_COMPLETE_FUNCTION_ARN;
    delete process.env.WAITER_STATE_MACHINE_ARN;
  }
  t.after(() => { process.env = saved; });
}

function event(requestType, extra = {}) {
  return cloudFormationEvent(requestType, 'Custom::Test', { Name: 'x' }, { ResponseURL: receiver.url, ...extra });
}

/** The responses sent to CloudFormation since `from`. */
function responsesSince(from) {
  return receiver.responses.slice(from).map((response) => response.body);
}

/**
 * Runs the waiter as Step Functions does with the template's definition: `isComplete` is
 * retried on every error, up to `maxAttempts` more times; then `onTimeout` gets the last error
 * as `{ Error, Cause }`, Cause being the JSON Lambda makes of a thrown error.
 */
async function runWaiter(input, maxAttempts) {
  for (let attempt = 0; ; attempt++) {
    try {
      await framework.isComplete(JSON.parse(input), lambdaContext());
      return { attempts: attempt + 1, timedOut: false };
    } catch (error) {
      if (attempt >= maxAttempts) {
        const cause = JSON.stringify({ errorType: error.name, errorMessage: error.message, trace: [] });
        await framework.onTimeout({ Error: error.name, Cause: cause }, lambdaContext());
        return { attempts: attempt + 1, timedOut: true };
      }
    }
  }
}

test('without isComplete, onEvent calls the provider without the ResponseURL and reports its result', async (t) => {
  environment(t, { waiter: false });
  const aws = fakeAws({ [ON_EVENT]: async () => ({ PhysicalResourceId: 'thing-1', Data: { Answer: '42' } }) });
  t.after(aws.restore);
  const from = receiver.responses.length;
  await framework.onEvent(event('Create'), lambdaContext());
  assert.equal(aws.calls.invoke.length, 1);
  assert.equal(aws.calls.invoke[0].FunctionName, ON_EVENT);
  assert.equal(aws.calls.invoke[0].payload.ResponseURL, undefined);
  assert.deepEqual(aws.calls.invoke[0].payload.ResourceProperties, event('Create').ResourceProperties);
  const [response] = responsesSince(from);
  assert.equal(response.Status, 'SUCCESS');
  assert.equal(response.PhysicalResourceId, 'thing-1');
  assert.deepEqual(response.Data, { Answer: '42' });
  assert.equal(aws.calls.startExecution.length, 0);
});

test('without a physical id, a Create gets the request id and an Update keeps its id; a Delete cannot change it', async (t) => {
  environment(t, { waiter: false });
  let returned;
  const aws = fakeAws({ [ON_EVENT]: async () => returned });
  t.after(aws.restore);
  const from = receiver.responses.length;
  returned = undefined;
  await framework.onEvent(event('Create'), lambdaContext());
  returned = { Data: { A: '1' } };
  await framework.onEvent(event('Update', { PhysicalResourceId: 'kept' }), lambdaContext());
  returned = { PhysicalResourceId: 'other' };
  await framework.onEvent(event('Delete', { PhysicalResourceId: 'kept' }), lambdaContext());
  returned = { PhysicalResourceId: 7 };
  await framework.onEvent(event('Update', { PhysicalResourceId: 'kept' }), lambdaContext());
  const [create, update, remove, badId] = responsesSince(from);
  assert.deepEqual([create.Status, create.PhysicalResourceId], ['SUCCESS', 'request-Create']);
  assert.deepEqual([update.Status, update.PhysicalResourceId], ['SUCCESS', 'kept']);
  assert.deepEqual([remove.Status, remove.PhysicalResourceId], ['FAILED', 'kept']);
  assert.match(remove.Reason, /A Delete cannot change the physical id \(from kept to other\)/);
  assert.deepEqual([badId.Status, badId.PhysicalResourceId], ['FAILED', 'kept']);
  assert.match(badId.Reason, /not a string/);
});

test('an error of the provider fails the request; a failed Create is deleted without calling the provider', async (t) => {
  environment(t, { waiter: true });
  const aws = fakeAws({
    [ON_EVENT]: async () => {
      const error = new Error('the table does not exist');
      error.name = 'ValidationException';
      throw error;
    },
  });
  t.after(aws.restore);
  const from = receiver.responses.length;
  await framework.onEvent(event('Create'), lambdaContext());
  await framework.onEvent(event('Delete', { PhysicalResourceId: CREATE_FAILED_ID }), lambdaContext());
  const [create, rollback] = responsesSince(from);
  assert.equal(create.Status, 'FAILED');
  assert.equal(create.PhysicalResourceId, CREATE_FAILED_ID);
  assert.match(create.Reason, /^ValidationException: the table does not exist/);
  assert.deepEqual([rollback.Status, rollback.PhysicalResourceId], ['SUCCESS', CREATE_FAILED_ID]);
  assert.equal(aws.calls.invoke.length, 1, 'the rollback Delete does not reach the provider');
  assert.equal(aws.calls.startExecution.length, 0);
});

test('a provider function that is not ready yet is called again', async (t) => {
  environment(t, { waiter: false });
  const aws = fakeAws({ [ON_EVENT]: async () => ({ PhysicalResourceId: 'p' }) }, { invokeErrors: ['ResourceConflictException'] });
  t.after(aws.restore);
  const from = receiver.responses.length;
  await framework.onEvent(event('Create'), lambdaContext());
  assert.equal(aws.calls.invoke.length, 2);
  assert.equal(responsesSince(from)[0].Status, 'SUCCESS');
});

test('with isComplete, onEvent starts the waiter with the request and the result, and reports nothing yet', async (t) => {
  environment(t, { waiter: true });
  const aws = fakeAws({ [ON_EVENT]: async () => ({ PhysicalResourceId: 'p-1', Data: { A: '1' } }) });
  t.after(aws.restore);
  const from = receiver.responses.length;
  await framework.onEvent(event('Create', { RequestId: 'd9a1c2e0-aaaa-4bbb-8ccc-0123456789ab' }), lambdaContext());
  assert.deepEqual(responsesSince(from), []);
  assert.equal(aws.calls.startExecution.length, 1);
  const [execution] = aws.calls.startExecution;
  assert.equal(execution.stateMachineArn, WAITER);
  assert.equal(execution.name, 'd9a1c2e0-aaaa-4bbb-8ccc-0123456789ab');
  const input = JSON.parse(execution.input);
  assert.equal(input.ResponseURL, receiver.url, 'the waiter keeps the URL to answer');
  assert.equal(input.PhysicalResourceId, 'p-1');
  assert.deepEqual(input.Data, { A: '1' });
});

test('the waiter reports once isComplete says so, with the data of both functions', async (t) => {
  environment(t, { waiter: true });
  let polls = 0;
  const aws = fakeAws({
    [ON_EVENT]: async () => ({ PhysicalResourceId: 'p-1', Data: { A: '1' } }),
    [IS_COMPLETE]: async (request) => {
      assert.equal(request.ResponseURL, undefined);
      assert.equal(request.PhysicalResourceId, 'p-1');
      polls += 1;
      return polls < 3 ? { IsComplete: false } : { IsComplete: true, Data: { B: '2' } };
    },
  });
  t.after(aws.restore);
  const from = receiver.responses.length;
  await framework.onEvent(event('Create'), lambdaContext());
  const outcome = await runWaiter(aws.calls.startExecution[0].input, 10);
  assert.deepEqual(outcome, { attempts: 3, timedOut: false });
  const responses = responsesSince(from);
  assert.equal(responses.length, 1);
  assert.equal(responses[0].Status, 'SUCCESS');
  assert.equal(responses[0].PhysicalResourceId, 'p-1');
  assert.deepEqual(responses[0].Data, { A: '1', B: '2' });
});

test('the waiter fails the request when it gives up, and at once when isComplete fails', async (t) => {
  environment(t, { waiter: true });
  let failing = false;
  const aws = fakeAws({
    [ON_EVENT]: async () => ({ PhysicalResourceId: 'p-1' }),
    [IS_COMPLETE]: async () => {
      if (failing) throw new Error('the replica cannot be made');
      return { IsComplete: false };
    },
  });
  t.after(aws.restore);
  const from = receiver.responses.length;
  await framework.onEvent(event('Create'), lambdaContext());
  assert.deepEqual(await runWaiter(aws.calls.startExecution[0].input, 2), { attempts: 3, timedOut: true });
  failing = true;
  assert.deepEqual(await runWaiter(aws.calls.startExecution[0].input, 2), { attempts: 1, timedOut: false });
  const [timedOut, failed] = responsesSince(from);
  assert.deepEqual([timedOut.Status, timedOut.PhysicalResourceId], ['FAILED', 'p-1']);
  assert.match(timedOut.Reason, /^Operation timed out: ResourceC73DA2BE was not ready before the provider's total timeout \(last: the resource is not ready yet\)/);
  assert.deepEqual([failed.Status, failed.PhysicalResourceId], ['FAILED', 'p-1']);
  assert.match(failed.Reason, /^Error: the replica cannot be made/);
});

test('an error of the call to isComplete is tried again, not reported', async (t) => {
  environment(t, { waiter: true });
  const aws = fakeAws({ [IS_COMPLETE]: async () => ({ IsComplete: true }) }, { invokeErrors: ['TooManyRequestsException'] });
  t.after(aws.restore);
  const from = receiver.responses.length;
  const request = JSON.stringify({ ...event('Create'), PhysicalResourceId: 'p-1' });
  assert.deepEqual(await runWaiter(request, 5), { attempts: 2, timedOut: false });
  const [response] = responsesSince(from);
  assert.equal(response.Status, 'SUCCESS');
});

test('onTimeout refuses an error that names no request', async () => {
  await assert.rejects(framework.onTimeout({ Error: 'States.Timeout', Cause: 'timed out' }, lambdaContext()), /names no request/);
});

test('behind the framework, the DynamoDB replica handler adds a replica and waits for it', async (t) => {
  environment(t, { waiter: true });
  const replica = require('../dynamodb-replica/index.js');
  const table = { TableName: 'Orders', TableStatus: 'ACTIVE', Replicas: [] };
  const dynamodb = {
    describeTable: async () => ({ Table: JSON.parse(JSON.stringify(table)) }),
    updateTable: async ({ ReplicaUpdates }) => {
      table.TableStatus = 'UPDATING';
      table.Replicas.push({ RegionName: ReplicaUpdates[0].Create.RegionName, ReplicaStatus: 'CREATING' });
    },
  };
  let polls = 0;
  const aws = fakeAws({
    [ON_EVENT]: (request) => replica.onEvent(request, dynamodb),
    [IS_COMPLETE]: async (request) => {
      polls += 1;
      if (polls === 2) Object.assign(table, { TableStatus: 'ACTIVE', Replicas: [{ RegionName: 'eu-west-1', ReplicaStatus: 'ACTIVE' }] });
      return replica.isComplete(request, dynamodb);
    },
  });
  t.after(aws.restore);
  const from = receiver.responses.length;
  const create = cloudFormationEvent('Create', 'Custom::DynamoDBReplica', { TableName: 'Orders', Region: 'eu-west-1' }, { ResponseURL: receiver.url });
  await framework.onEvent(create, lambdaContext());
  assert.deepEqual(await runWaiter(aws.calls.startExecution[0].input, 5), { attempts: 2, timedOut: false });
  const [response] = responsesSince(from);
  assert.deepEqual([response.Status, response.PhysicalResourceId], ['SUCCESS', 'Orders-eu-west-1']);
});
