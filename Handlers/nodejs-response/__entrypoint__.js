'use strict';
// The Lambda entry point (`__entrypoint__.handler`) of a swift-cdk provider whose index.js exports
// `handler(event, context)`: index.js does the work and returns nothing or
// { PhysicalResourceId, Data, NoEcho }; this file reports the outcome to CloudFormation.
// index.js is loaded on the first request, so that an error while loading it is reported too.
const { createHandler } = require('./cloudformation-response');

exports.handler = createHandler((event, context) => require('./index').handler(event, context));
