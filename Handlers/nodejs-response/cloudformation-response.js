'use strict';
// swift-cdk's CloudFormation response for custom resource handlers on Node.js: runs the work of
// one request and reports its outcome to the pre-signed ResponseURL of the event, exactly once,
// whatever happens: on success, on any error, and shortly before Lambda stops the function if the
// work has not finished by then. Every Node.js provider of swift-cdk carries this file beside its
// index.js.
//
//   const { createHandler } = require('./cloudformation-response');
//   exports.handler = createHandler(async (event, context) => ({ PhysicalResourceId: 'id', Data: {} }));
//
// The work returns nothing or { PhysicalResourceId, Data, NoEcho }. Without a PhysicalResourceId
// the resource keeps the one it has (Update, Delete) or gets the request id (Create): a handler
// never changes the id of an existing resource by accident, which CloudFormation would take for
// a replacement and answer with a Delete of the old one.

const http = require('node:http');
const https = require('node:https');

/** Time kept to report a failure before Lambda stops the function. */
const MARGIN_MS = 20000;
/** How long one attempt to send the response may take, and how many attempts are made. */
const RESPONSE_TIMEOUT_MS = 15000;
const RESPONSE_ATTEMPTS = 3;
/** CloudFormation refuses responses over 4096 bytes: the reason is cut well below that. */
const MAX_REASON_LENGTH = 1500;
/**
 * The physical id reported when a Create fails. CloudFormation rolls back with a Delete of that
 * id, which must then change nothing: the resource was never made.
 */
const CREATE_FAILED_ID = 'swift-cdk:custom-resource:create-failed';

/** A Lambda handler that runs `work(event, context)` and reports its outcome to CloudFormation. */
function createHandler(work) {
  return async function handler(event, context) {
    if (event.RequestType === 'Delete' && event.PhysicalResourceId === CREATE_FAILED_ID) {
      await report(event, context, 'SUCCESS', { PhysicalResourceId: CREATE_FAILED_ID });
      return;
    }
    let timer;
    const deadline = new Promise((_, reject) => {
      const remaining = context && typeof context.getRemainingTimeInMillis === 'function'
        ? context.getRemainingTimeInMillis() : undefined;
      if (remaining !== undefined) {
        timer = setTimeout(() => reject(new Error('The handler ran out of time')), Math.max(0, remaining - MARGIN_MS));
      }
    });
    try {
      const result = await Promise.race([Promise.resolve().then(() => work(event, context)), deadline]);
      await report(event, context, 'SUCCESS', result || {});
    } catch (error) {
      console.error('The custom resource request failed:', error);
      const id = event.RequestType === 'Create' ? CREATE_FAILED_ID : event.PhysicalResourceId;
      await report(event, context, 'FAILED', { PhysicalResourceId: id, Reason: describe(error) });
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * Sends the response of `event` to CloudFormation: `status` is SUCCESS or FAILED, `result` holds
 * PhysicalResourceId, Data, NoEcho and Reason. A response that cannot be sent is logged, never
 * thrown.
 */
async function report(event, context, status, result) {
  const stream = context && context.logStreamName ? context.logStreamName : 'unknown';
  const reason = `${result.Reason ? result.Reason + '. ' : ''}See the details in CloudWatch Log Stream: ${stream}`;
  const body = JSON.stringify({
    Status: status,
    Reason: reason.slice(0, MAX_REASON_LENGTH),
    PhysicalResourceId: result.PhysicalResourceId || event.PhysicalResourceId || event.RequestId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: result.NoEcho === true,
    Data: result.Data,
  });
  for (let attempt = 1; attempt <= RESPONSE_ATTEMPTS; attempt++) {
    try {
      await put(event.ResponseURL, body);
      console.log(`Reported ${status} to CloudFormation`);
      return;
    } catch (error) {
      console.error(`Could not report ${status} to CloudFormation (attempt ${attempt} of ${RESPONSE_ATTEMPTS}):`, error.message);
      if (attempt < RESPONSE_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/** One HTTP PUT of `body` to `url` (https, or http for tests on the loopback). */
function put(url, body) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const transport = target.protocol === 'http:' ? http : https;
    const request = transport.request(target, {
      method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
      timeout: RESPONSE_TIMEOUT_MS,
    }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode < 300 ? resolve() : reject(new Error(`HTTP ${response.statusCode}`))));
    });
    request.on('timeout', () => request.destroy(new Error('The response timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

function describe(error) {
  if (error && error.name && error.message) return `${error.name}: ${error.message}`;
  return String(error);
}

module.exports = { createHandler, report, describe, CREATE_FAILED_ID, MARGIN_MS };
