'use strict';
// swift-cdk's custom resource provider framework (Node.js on AWS Lambda; the AWS SDK for
// JavaScript v3 comes with the runtime), for providers whose work takes longer than one call:
// CloudFormation calls `onEvent`, which runs the provider's own onEvent function and, when the
// provider also has an isComplete function, hands the request to the waiter state machine. The
// state machine calls `isComplete` until the resource is ready, and `onTimeout` when it gives
// up. Whichever step ends the request reports to CloudFormation's pre-signed URL.
//
// Environment:
//   USER_ON_EVENT_FUNCTION_ARN      the provider's onEvent function
//   USER_IS_COMPLETE_FUNCTION_ARN   the provider's isComplete function (optional)
//   WAITER_STATE_MACHINE_ARN        the waiter (onEvent, when there is an isComplete function)
//
// The provider's functions get the CloudFormation event without its ResponseURL, which stays
// with the framework. onEvent returns nothing or { PhysicalResourceId, Data, NoEcho }: without a
// PhysicalResourceId the resource keeps the one it has (or gets the request id on Create), and a
// Delete may not change it. isComplete gets the event together with that result and returns
// { IsComplete, Data }; its Data is added to onEvent's. An error of a provider function fails
// the request at once; an error of the framework's own calls (throttling, say) is tried again.
//
// The state machine retries every error of `isComplete` and passes only the last error to
// `onTimeout`: "not complete yet" is therefore thrown as an error whose message is the JSON of
// what the response needs (see `Retry`), so that `onTimeout` can still answer CloudFormation.

const { report, describe, CREATE_FAILED_ID } = require('./cloudformation-response');

/** How many times a call to a provider function is made while that function is not ready. */
const INVOKE_ATTEMPTS = 10;
/** How long to wait between those calls. */
const INVOKE_RETRY_DELAY_MS = 3000;

/** An error raised by a provider function itself (not by the call to it). */
class ProviderFunctionError extends Error {
  constructor(type, message) {
    super(message);
    this.name = type || 'ProviderFunctionError';
  }
}

/** What `isComplete` throws while the request goes on: the state machine tries again. */
class Retry extends Error {
  constructor(request, reason) {
    super(JSON.stringify({ request: responseFields(request), reason }));
    this.name = 'Retry';
  }
}

/** CloudFormation's request: runs the provider's onEvent, then reports or starts the waiter. */
async function onEvent(event, context) {
  logRequest('onEvent', event);
  if (event.RequestType === 'Delete' && event.PhysicalResourceId === CREATE_FAILED_ID) {
    await report(event, context, 'SUCCESS', { PhysicalResourceId: CREATE_FAILED_ID });
    return;
  }
  let result;
  try {
    result = checkedResult(event, await invokeProviderFunction(process.env.USER_ON_EVENT_FUNCTION_ARN, withoutResponseUrl(event)));
  } catch (error) {
    await reportFailure(event, context, error);
    return;
  }
  const waiter = process.env.WAITER_STATE_MACHINE_ARN;
  if (!process.env.USER_IS_COMPLETE_FUNCTION_ARN || !waiter) {
    await report(event, context, 'SUCCESS', result);
    return;
  }
  try {
    await sfnClient().startExecution({
      stateMachineArn: waiter,
      name: executionName(event),
      input: JSON.stringify({ ...event, ...result }),
    });
  } catch (error) {
    await report(event, context, 'FAILED', { PhysicalResourceId: result.PhysicalResourceId, Reason: `The waiter could not be started: ${describe(error)}` });
  }
}

/** One poll of the waiter: reports when the provider's isComplete says so, else throws `Retry`. */
async function isComplete(request, context) {
  logRequest('isComplete', request);
  let result;
  try {
    result = await invokeProviderFunction(process.env.USER_IS_COMPLETE_FUNCTION_ARN, withoutResponseUrl(request));
  } catch (error) {
    if (!(error instanceof ProviderFunctionError)) throw new Retry(request, describe(error));
    await report(request, context, 'FAILED', { PhysicalResourceId: request.PhysicalResourceId, Reason: describe(error) });
    return;
  }
  if (!result || result.IsComplete !== true) throw new Retry(request, 'the resource is not ready yet');
  await report(request, context, 'SUCCESS', {
    PhysicalResourceId: request.PhysicalResourceId,
    Data: { ...(request.Data || {}), ...(result.Data || {}) },
    NoEcho: request.NoEcho,
  });
}

/** The waiter gave up: fails the request named in the last `Retry` error. */
async function onTimeout(failure, context) {
  let retry;
  try {
    retry = JSON.parse(JSON.parse(failure.Cause).errorMessage);
  } catch {
    throw new Error(`The waiter stopped with an error that names no request: ${failure.Error}: ${failure.Cause}`);
  }
  const { request, reason } = retry;
  await report(request, context, 'FAILED', {
    PhysicalResourceId: request.PhysicalResourceId,
    Reason: `Operation timed out: ${request.LogicalResourceId} was not ready before the provider's total timeout (last: ${reason})`,
  });
}

/** The provider's result, with the physical id it keeps or gets; a Delete may not change it. */
function checkedResult(event, returned) {
  const result = returned && typeof returned === 'object' ? { ...returned } : {};
  if (!result.PhysicalResourceId) {
    result.PhysicalResourceId = event.RequestType === 'Create' ? event.RequestId : event.PhysicalResourceId;
  }
  if (typeof result.PhysicalResourceId !== 'string') {
    throw new Error(`The provider returned a PhysicalResourceId that is not a string: ${JSON.stringify(result.PhysicalResourceId)}`);
  }
  if (event.RequestType === 'Delete' && result.PhysicalResourceId !== event.PhysicalResourceId) {
    throw new Error(`A Delete cannot change the physical id (from ${event.PhysicalResourceId} to ${result.PhysicalResourceId})`);
  }
  return result;
}

/**
 * Calls a provider function and returns what it returned. A function that is still being
 * created or updated (Lambda's ResourceConflictException or ResourceNotReadyException) is
 * called again a few seconds later.
 */
async function invokeProviderFunction(functionArn, payload) {
  const lambda = lambdaClient();
  let response;
  for (let attempt = 1; ; attempt++) {
    try {
      response = await lambda.invoke({ FunctionName: functionArn, Payload: Buffer.from(JSON.stringify(payload)) });
      break;
    } catch (error) {
      const notReady = error.name === 'ResourceConflictException' || error.name === 'ResourceNotReadyException';
      if (!notReady || attempt >= INVOKE_ATTEMPTS) throw error;
      console.log(`${functionArn} is not ready (${error.name}); calling it again`);
      await new Promise((resolve) => setTimeout(resolve, INVOKE_RETRY_DELAY_MS));
    }
  }
  const text = response.Payload ? Buffer.from(response.Payload).toString('utf8') : '';
  let value;
  try {
    value = text ? JSON.parse(text) : undefined;
  } catch {
    value = text;
  }
  if (response.FunctionError) {
    const message = value && typeof value === 'object' ? value.errorMessage : value;
    throw new ProviderFunctionError(value && value.errorType, message || response.FunctionError);
  }
  return value === null ? undefined : value;
}

async function reportFailure(event, context, error) {
  console.error('The request failed:', error);
  const id = event.RequestType === 'Create' ? CREATE_FAILED_ID : event.PhysicalResourceId;
  await report(event, context, 'FAILED', { PhysicalResourceId: id, Reason: describe(error) });
}

/** The fields of a request that its response needs. */
function responseFields(request) {
  const { RequestType, ResponseURL, StackId, RequestId, LogicalResourceId, PhysicalResourceId } = request;
  return { RequestType, ResponseURL, StackId, RequestId, LogicalResourceId, PhysicalResourceId };
}

function withoutResponseUrl(request) {
  const { ResponseURL, ...rest } = request;
  return rest;
}

/** The execution's name: the request id (so a request sent twice starts one execution). */
function executionName(event) {
  return String(event.RequestId).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
}

function logRequest(step, request) {
  console.log(`${step}:`, JSON.stringify(withoutResponseUrl(request)));
}

function lambdaClient() {
  const { Lambda } = require('@aws-sdk/client-lambda');
  return new Lambda({});
}

function sfnClient() {
  const { SFN } = require('@aws-sdk/client-sfn');
  return new SFN({});
}

module.exports = { onEvent, isComplete, onTimeout };
