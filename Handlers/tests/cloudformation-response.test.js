'use strict';
// swift-cdk's CloudFormation response for Node.js handlers (Handlers/nodejs-response): what it
// sends to the pre-signed URL, for every outcome. Runs with `node --test Handlers/tests`.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { createHandler, CREATE_FAILED_ID, MARGIN_MS } = require('../nodejs-response/cloudformation-response');
const { startReceiver, lambdaContext, cloudFormationEvent } = require('./support/local-aws');

let receiver;
test.before(async () => { receiver = await startReceiver(); });
test.after(async () => { await receiver.stop(); });
test.beforeEach(() => { receiver.responses.length = 0; });

function event(requestType, extra = {}) {
  return cloudFormationEvent(requestType, 'Custom::Test', { Name: 'x' }, { ResponseURL: receiver.url, ...extra });
}

async function onlyResponse() {
  assert.equal(receiver.responses.length, 1, 'exactly one response is sent');
  const [response] = receiver.responses;
  assert.equal(response.method, 'PUT');
  assert.equal(response.contentType, '');
  assert.equal(response.url, '/response?signature=abc');
  return response.body;
}

test('a Create that succeeds gets the request id as its physical id', async () => {
  await createHandler(async () => undefined)(event('Create'), lambdaContext());
  const body = await onlyResponse();
  assert.equal(body.Status, 'SUCCESS');
  assert.equal(body.PhysicalResourceId, 'request-Create');
  assert.equal(body.StackId, event('Create').StackId);
  assert.equal(body.RequestId, 'request-Create');
  assert.equal(body.LogicalResourceId, 'ResourceC73DA2BE');
  assert.equal(body.NoEcho, false);
  assert.match(body.Reason, /CloudWatch Log Stream: 2024\/01\/01\/\[\$LATEST\]test/);
});

test('an Update keeps the physical id unless the work returns one, and passes Data on', async () => {
  await createHandler(async () => ({}))(event('Update', { PhysicalResourceId: 'existing' }), lambdaContext());
  assert.equal((await onlyResponse()).PhysicalResourceId, 'existing');
  receiver.responses.length = 0;
  await createHandler(async () => ({ PhysicalResourceId: 'new', Data: { Answer: '42' }, NoEcho: true }))(
    event('Update', { PhysicalResourceId: 'existing' }), lambdaContext());
  const body = await onlyResponse();
  assert.equal(body.PhysicalResourceId, 'new');
  assert.deepEqual(body.Data, { Answer: '42' });
  assert.equal(body.NoEcho, true);
});

test('an error is reported as FAILED with its message; a failed Update keeps its id', async () => {
  const failing = createHandler(async () => { const error = new Error('the bucket is gone'); error.name = 'NoSuchBucket'; throw error; });
  await failing(event('Update', { PhysicalResourceId: 'existing' }), lambdaContext());
  const body = await onlyResponse();
  assert.equal(body.Status, 'FAILED');
  assert.match(body.Reason, /^NoSuchBucket: the bucket is gone\. See the details/);
  assert.equal(body.PhysicalResourceId, 'existing');
});

test('a failed Create is marked, and the Delete of its rollback does nothing', async () => {
  let calls = 0;
  const handler = createHandler(async () => { calls += 1; throw new Error('no'); });
  await handler(event('Create'), lambdaContext());
  assert.equal((await onlyResponse()).PhysicalResourceId, CREATE_FAILED_ID);
  receiver.responses.length = 0;
  await handler(event('Delete', { PhysicalResourceId: CREATE_FAILED_ID }), lambdaContext());
  const body = await onlyResponse();
  assert.equal(body.Status, 'SUCCESS');
  assert.equal(body.PhysicalResourceId, CREATE_FAILED_ID);
  assert.equal(calls, 1, 'the rollback Delete does not run the work');
});

test('a synchronous throw is reported too', async () => {
  await createHandler(() => { throw new TypeError('bad input'); })(event('Create'), lambdaContext());
  assert.match((await onlyResponse()).Reason, /^TypeError: bad input/);
});

test('work that never ends is reported as FAILED before the function times out', async () => {
  const started = Date.now();
  await createHandler(() => new Promise(() => {}))(event('Create'), lambdaContext(MARGIN_MS + 300));
  const body = await onlyResponse();
  assert.equal(body.Status, 'FAILED');
  assert.match(body.Reason, /ran out of time/);
  assert.ok(Date.now() - started < 5000);
});

test('a response URL that refuses connections is logged, not thrown', async () => {
  const port = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => resolve(p)); });
  });
  const started = Date.now();
  await createHandler(async () => ({}))(event('Create', { ResponseURL: `http://127.0.0.1:${port}/r` }), lambdaContext());
  assert.ok(Date.now() - started < 10000, 'three attempts, then it gives up');
  await createHandler(async () => ({}))(event('Create', { ResponseURL: 'not a url' }), lambdaContext());
});

test('a very long error message is cut so that the response stays under 4096 bytes', async () => {
  await createHandler(async () => { throw new Error('x'.repeat(10000)); })(event('Create'), lambdaContext());
  const body = await onlyResponse();
  assert.ok(JSON.stringify(body).length < 4096);
});

test('__entrypoint__.js reports the result of index.js, and an index.js that does not load', async (t) => {
  const os = require('node:os');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'swift-cdk-entrypoint-'));
  t.after(() => fs.rmSync(folder, { recursive: true, force: true }));
  for (const file of ['cloudformation-response.js', '__entrypoint__.js']) {
    fs.copyFileSync(path.join(__dirname, '..', 'nodejs-response', file), path.join(folder, file));
  }
  fs.writeFileSync(path.join(folder, 'index.js'), "exports.handler = async (event) => ({ PhysicalResourceId: 'from-index-' + event.RequestType });\n");
  await require(path.join(folder, '__entrypoint__.js')).handler(event('Create'), lambdaContext());
  assert.equal((await onlyResponse()).PhysicalResourceId, 'from-index-Create');

  receiver.responses.length = 0;
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'swift-cdk-entrypoint-'));
  t.after(() => fs.rmSync(broken, { recursive: true, force: true }));
  for (const file of ['cloudformation-response.js', '__entrypoint__.js']) fs.copyFileSync(path.join(folder, file), path.join(broken, file));
  fs.writeFileSync(path.join(broken, 'index.js'), "throw new Error('index.js is broken');\n");
  await require(path.join(broken, '__entrypoint__.js')).handler(event('Create'), lambdaContext());
  const body = await onlyResponse();
  assert.equal(body.Status, 'FAILED');
  assert.match(body.Reason, /index\.js is broken/);
});
