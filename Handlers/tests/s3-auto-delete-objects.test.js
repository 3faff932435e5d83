'use strict';
// swift-cdk's `Custom::S3AutoDeleteObjects` handler (Handlers/s3-auto-delete-objects): its logic
// with a fake S3 client, and the whole handler (as the provider uploads it) with the real AWS SDK
// for JavaScript against a local moto server. Runs with `node --test Handlers/tests`.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { loadBundledSdk, provideModules, sdkForMoto } = require('./support/aws-sdk');
const { motoPython, startMoto, startReceiver, lambdaContext, stageHandler, cloudFormationEvent } = require('./support/local-aws');

// The handler's folder as the provider uploads it (index.js requires ./cloudformation-response).
const staged = stageHandler('s3-auto-delete-objects', { entrypoint: false });
test.after(() => staged.remove());
const { onEvent, handler } = require(path.join(staged.folder, 'index.js'));

const TAGGED = [{ Key: 'aws-cdk:auto-delete-objects', Value: 'true' }];

function awsError(name) {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  return error;
}

/** An S3 client that answers from `state` and records every call. */
function fakeS3({ tags = TAGGED, pages = [], policy, errors = {} } = {}) {
  const calls = [];
  const queue = [...pages];
  const answer = (name, input, value) => {
    calls.push({ name, input });
    if (errors[name]) throw awsError(errors[name]);
    return value;
  };
  return {
    calls,
    named: (name) => calls.filter((call) => call.name === name),
    getBucketTagging: async (input) => answer('getBucketTagging', input, { TagSet: tags }),
    getBucketPolicy: async (input) => {
      if (policy === undefined) { calls.push({ name: 'getBucketPolicy', input }); throw awsError('NoSuchBucketPolicy'); }
      return answer('getBucketPolicy', input, { Policy: JSON.stringify(policy) });
    },
    putBucketPolicy: async (input) => answer('putBucketPolicy', input, {}),
    listObjectVersions: async (input) => answer('listObjectVersions', input, queue.shift() || {}),
    deleteObjects: async (input) => answer('deleteObjects', input, {}),
  };
}

function event(requestType, properties, extra) {
  return cloudFormationEvent(requestType, 'Custom::S3AutoDeleteObjects', properties, extra);
}

test('Create changes nothing', async () => {
  const s3 = fakeS3();
  await onEvent(event('Create', { BucketName: 'b' }), s3);
  assert.deepEqual(s3.calls, []);
});

test('an Update that keeps the bucket name changes nothing', async () => {
  const s3 = fakeS3();
  await onEvent(event('Update', { BucketName: 'b' }, { OldResourceProperties: { BucketName: 'b', ServiceToken: 'old' } }), s3);
  await onEvent(event('Update', { BucketName: 'b' }), s3);
  await onEvent(event('Update', {}, { OldResourceProperties: { BucketName: 'b' } }), s3);
  assert.deepEqual(s3.calls, []);
});

test('an Update that renames the bucket empties the old one', async () => {
  const s3 = fakeS3({ pages: [{ Versions: [{ Key: 'a', VersionId: '1' }] }] });
  await onEvent(event('Update', { BucketName: 'new' }, { OldResourceProperties: { BucketName: 'old' } }), s3);
  assert.deepEqual(s3.named('listObjectVersions').map((c) => c.input.Bucket), ['old']);
  assert.deepEqual(s3.named('deleteObjects')[0].input, { Bucket: 'old', Delete: { Objects: [{ Key: 'a', VersionId: '1' }], Quiet: true } });
});

test('Delete deletes every version and delete marker, page by page, after denying new objects', async () => {
  const s3 = fakeS3({
    policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
    pages: [
      { Versions: [{ Key: 'a', VersionId: '1', Size: 3 }, { Key: 'a', VersionId: '2' }], DeleteMarkers: [{ Key: 'c', VersionId: '3' }], IsTruncated: true },
      { Versions: [{ Key: 'd', VersionId: '4' }], IsTruncated: false },
    ],
  });
  await onEvent(event('Delete', { BucketName: 'b' }, { ServiceToken: 'arn:aws-cn:lambda:cn-north-1:1:function:f' }), s3);
  assert.deepEqual(s3.calls.map((c) => c.name),
    ['getBucketTagging', 'getBucketPolicy', 'putBucketPolicy', 'listObjectVersions', 'deleteObjects', 'listObjectVersions', 'deleteObjects']);
  assert.deepEqual(s3.named('listObjectVersions')[0].input, { Bucket: 'b', MaxKeys: 1000 });
  assert.deepEqual(s3.named('deleteObjects').map((c) => c.input.Delete.Objects), [
    [{ Key: 'a', VersionId: '1' }, { Key: 'a', VersionId: '2' }, { Key: 'c', VersionId: '3' }],
    [{ Key: 'd', VersionId: '4' }],
  ]);
  const written = JSON.parse(s3.named('putBucketPolicy')[0].input.Policy);
  assert.equal(written.Statement.length, 2, 'the existing statement is kept');
  assert.deepEqual(written.Statement[1], { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws-cn:s3:::b/*' });
});

test('an empty bucket needs one listing and no deletion', async () => {
  const s3 = fakeS3({ pages: [{ Versions: [] }] });
  await onEvent(event('Delete', { BucketName: 'b' }), s3);
  assert.equal(s3.named('listObjectVersions').length, 1);
  assert.equal(s3.named('deleteObjects').length, 0);
});

test('a bucket without the tag is left alone', async () => {
  for (const s3 of [fakeS3({ tags: [] }), fakeS3({ tags: [{ Key: 'aws-cdk:auto-delete-objects', Value: 'false' }] }), fakeS3({ errors: { getBucketTagging: 'NoSuchTagSet' } })]) {
    await onEvent(event('Delete', { BucketName: 'b' }), s3);
    assert.deepEqual(s3.calls.map((c) => c.name), ['getBucketTagging']);
  }
});

test('a bucket that does not exist is fine', async () => {
  const s3 = fakeS3({ errors: { getBucketTagging: 'NoSuchBucket' } });
  await onEvent(event('Delete', { BucketName: 'b' }), s3);
  assert.deepEqual(s3.calls.map((c) => c.name), ['getBucketTagging']);
  const listing = fakeS3({ errors: { listObjectVersions: 'NoSuchBucket' } });
  await onEvent(event('Delete', { BucketName: 'b' }), listing);
  assert.equal(listing.named('deleteObjects').length, 0);
});

test('objects that cannot be deleted fail the request instead of looping', async () => {
  const s3 = fakeS3({ pages: [{ Versions: [{ Key: 'a', VersionId: '1' }], IsTruncated: true }] });
  s3.deleteObjects = async () => ({ Errors: [{ Key: 'a', VersionId: '1', Code: 'AccessDenied', Message: 'Access Denied' }] });
  await assert.rejects(onEvent(event('Delete', { BucketName: 'b' }), s3), /Could not delete 1 object version\(s\) of b, first a \(1\): AccessDenied/);
});

test('other errors fail the request; a policy that cannot be written does not', async () => {
  await assert.rejects(onEvent(event('Delete', { BucketName: 'b' }), fakeS3({ errors: { getBucketTagging: 'AccessDenied' } })), /AccessDenied/);
  await assert.rejects(onEvent(event('Delete', {}), fakeS3()), /BucketName/);
  const s3 = fakeS3({ errors: { putBucketPolicy: 'AccessDenied' }, pages: [{ Versions: [{ Key: 'a', VersionId: '1' }] }] });
  await onEvent(event('Delete', { BucketName: 'b' }), s3);
  assert.equal(s3.named('deleteObjects').length, 1);
});

// MARK: The real AWS SDK against moto

const bundled = loadBundledSdk();
const python = motoPython();
const skip = bundled.missing || (python ? false : 'moto is not installed: run Scripts/install-test-tools');

test('against moto: Delete empties a tagged versioned bucket of 1,100 objects through the uploaded handler', { skip }, async (t) => {
  const moto = await startMoto(python);
  const receiver = await startReceiver();
  const restore = provideModules(sdkForMoto(bundled.sdk, moto.url));
  t.after(async () => { restore(); await receiver.stop(); await moto.stop(); });

  const { S3 } = sdkForMoto(bundled.sdk, moto.url)['@aws-sdk/client-s3'];
  const s3 = new S3({});
  for (const bucket of ['doomed', 'kept']) {
    await s3.createBucket({ Bucket: bucket });
    await s3.putBucketVersioning({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } });
  }
  await s3.putBucketTagging({ Bucket: 'doomed', Tagging: { TagSet: TAGGED } });
  const keys = Array.from({ length: 1100 }, (_, i) => `data/${String(i).padStart(4, '0')}.txt`);
  for (let i = 0; i < keys.length; i += 50) {
    await Promise.all(keys.slice(i, i + 50).map((Key) => s3.putObject({ Bucket: 'doomed', Key, Body: 'v1' })));
  }
  await s3.putObject({ Bucket: 'doomed', Key: 'data/0000.txt', Body: 'v2' });
  await s3.deleteObject({ Bucket: 'doomed', Key: 'data/0001.txt' });
  await s3.putObject({ Bucket: 'kept', Key: 'stays.txt', Body: 'x' });

  const deleteEvent = (bucket) => event('Delete', { BucketName: bucket }, { ResponseURL: receiver.url, PhysicalResourceId: `id-${bucket}` });

  await handler(deleteEvent('doomed'), lambdaContext());
  assert.equal(receiver.responses.length, 1);
  assert.equal(receiver.responses[0].body.Status, 'SUCCESS', receiver.responses[0].body.Reason);
  assert.equal(receiver.responses[0].body.PhysicalResourceId, 'id-doomed');
  const left = await s3.listObjectVersions({ Bucket: 'doomed' });
  assert.deepEqual([...(left.Versions || []), ...(left.DeleteMarkers || [])], []);
  const policy = JSON.parse((await s3.getBucketPolicy({ Bucket: 'doomed' })).Policy);
  assert.deepEqual(policy.Statement.map((s) => [s.Effect, s.Action]), [['Deny', 's3:PutObject']]);

  await handler(deleteEvent('kept'), lambdaContext());
  assert.equal(receiver.responses[1].body.Status, 'SUCCESS');
  assert.equal((await s3.listObjectVersions({ Bucket: 'kept' })).Versions.length, 1, 'an untagged bucket keeps its objects');

  await handler(deleteEvent('never-existed'), lambdaContext());
  assert.equal(receiver.responses[2].body.Status, 'SUCCESS', 'a missing bucket is fine');
});
