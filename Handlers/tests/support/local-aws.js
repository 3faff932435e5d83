'use strict';
// What the Node.js handler tests need around a handler: a local moto server, a receiver for the
// responses sent to CloudFormation's pre-signed URL, a Lambda context, and the handler's folder
// laid out as the custom resource provider uploads it. Everything listens on 127.0.0.1 only.

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const HANDLERS = path.resolve(__dirname, '..', '..');

/** The Python that runs moto: $SWIFT_CDK_MOTO_PYTHON, else python3; `null` when moto is missing. */
function motoPython() {
  const python = process.env.SWIFT_CDK_MOTO_PYTHON || 'python3';
  const probe = spawnSync(python, ['-c', 'import moto.server, flask'], { stdio: 'ignore' });
  return probe.status === 0 ? python : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `python -m moto.server` on a free loopback port; resolves to { url, reset, stop }. */
async function startMoto(python) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('moto server exited at start');
    try {
      await request('GET', `${url}/moto-api/`);
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`moto server did not start on ${url}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, stop, reset: () => request('POST', `${url}/moto-api/reset`) };
}

function request(method, url) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, timeout: 2000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** An HTTP server standing in for the pre-signed ResponseURL: it keeps every PUT's JSON body. */
async function startReceiver() {
  const responses = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      responses.push({ method: req.method, url: req.url, contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-length': '0' });
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/response?signature=abc`,
    responses,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The parts of Lambda's context object that handlers read. */
function lambdaContext(remainingMillis = 900000) {
  const deadline = Date.now() + remainingMillis;
  return { logStreamName: '2024/01/01/[$LATEST]test', getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()) };
}

/**
 * A temporary folder laid out as the custom resource provider uploads a handler: its `file`
 * (index.js unless told), cloudformation-response.js, and __entrypoint__.js when the provider
 * wraps the handler.
 */
function stageHandler(name, { entrypoint, file = 'index.js' }) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `swift-cdk-${name}-`));
  fs.copyFileSync(path.join(HANDLERS, name, file), path.join(folder, file));
  fs.copyFileSync(path.join(HANDLERS, 'nodejs-response', 'cloudformation-response.js'), path.join(folder, 'cloudformation-response.js'));
  if (entrypoint) fs.copyFileSync(path.join(HANDLERS, 'nodejs-response', '__entrypoint__.js'), path.join(folder, '__entrypoint__.js'));
  return { folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** A CloudFormation custom resource event. */
function cloudFormationEvent(requestType, resourceType, properties, extra = {}) {
  return {
    RequestType: requestType,
    ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider-handler',
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/Test/6e7a4f00-0000-4000-8000-000000000001',
    RequestId: `request-${requestType}`,
    LogicalResourceId: 'ResourceC73DA2BE',
    ResourceType: resourceType,
    ResourceProperties: { ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider-handler', ...properties },
    ...extra,
  };
}

module.exports = { motoPython, startMoto, startReceiver, lambdaContext, stageHandler, cloudFormationEvent, HANDLERS };
