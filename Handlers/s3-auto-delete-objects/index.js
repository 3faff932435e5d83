'use strict';
// swift-cdk's handler for `Custom::S3AutoDeleteObjects` (Node.js on AWS Lambda; the AWS SDK for
// JavaScript v3 comes with the runtime): empties a bucket so that CloudFormation can delete it.
//
// Resource properties: BucketName.
//   Create: nothing to do.
//   Update: when BucketName changed, the old bucket is being replaced: it is emptied.
//   Delete: the bucket is emptied.
// A bucket is only ever emptied when it carries the tag `aws-cdk:auto-delete-objects: true`
// (the construct tags the bucket; a bucket that lost the tag, for example because auto-delete
// was turned off in an update that failed half way, is left alone). A bucket that no longer
// exists is fine. Before emptying, a statement that denies `s3:PutObject` is added to the
// bucket policy, so that nothing new lands while the versions are deleted, page by page.

const { createHandler } = require('./cloudformation-response');

const AUTO_DELETE_TAG = 'aws-cdk:auto-delete-objects';
/** At most 1000 keys are listed, and deleted, per request. */
const PAGE_SIZE = 1000;

exports.handler = createHandler((event) => onEvent(event, newS3Client()));
exports.onEvent = onEvent;

function newS3Client() {
  const { S3 } = require('@aws-sdk/client-s3');
  return new S3({});
}

/** The work of one request, with `s3` an S3 client (the SDK's aggregated `S3`, or a fake). */
async function onEvent(event, s3) {
  const bucket = (event.ResourceProperties || {}).BucketName;
  switch (event.RequestType) {
    case 'Create':
      return {};
    case 'Update': {
      const oldBucket = (event.OldResourceProperties || {}).BucketName;
      if (bucket && oldBucket && bucket !== oldBucket) await emptyIfTagged(s3, oldBucket, partitionOf(event));
      return {};
    }
    case 'Delete':
      if (!bucket) throw new Error('The resource has no BucketName property');
      await emptyIfTagged(s3, bucket, partitionOf(event));
      return {};
    default:
      throw new Error(`Unknown request type ${event.RequestType}`);
  }
}

async function emptyIfTagged(s3, bucket, partition) {
  let tags;
  try {
    tags = (await s3.getBucketTagging({ Bucket: bucket })).TagSet || [];
  } catch (error) {
    if (error.name === 'NoSuchBucket') {
      console.log(`Bucket ${bucket} does not exist: nothing to empty`);
      return;
    }
    if (error.name !== 'NoSuchTagSet') throw error;
    tags = [];
  }
  if (!tags.some((tag) => tag.Key === AUTO_DELETE_TAG && tag.Value === 'true')) {
    console.log(`Bucket ${bucket} is not tagged ${AUTO_DELETE_TAG}: its objects are kept`);
    return;
  }
  await denyNewObjects(s3, bucket, partition);
  await deleteAllVersions(s3, bucket);
}

/** Adds a statement denying new objects to the bucket policy; a failure only costs that guard. */
async function denyNewObjects(s3, bucket, partition) {
  try {
    let policy = { Version: '2012-10-17', Statement: [] };
    try {
      policy = JSON.parse((await s3.getBucketPolicy({ Bucket: bucket })).Policy);
    } catch (error) {
      if (error.name !== 'NoSuchBucketPolicy') throw error;
    }
    const statements = policy.Statement === undefined ? [] : [].concat(policy.Statement);
    statements.push({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: `arn:${partition}:s3:::${bucket}/*`,
    });
    await s3.putBucketPolicy({ Bucket: bucket, Policy: JSON.stringify({ ...policy, Statement: statements }) });
  } catch (error) {
    console.warn(`Could not deny new objects in ${bucket} while emptying it:`, error.message);
  }
}

/**
 * Deletes every object version and delete marker. Each page is deleted before the next listing,
 * which starts again from the beginning: the loop ends when a listing comes back empty or
 * complete, and a deletion that fails for any object stops it with an error.
 */
async function deleteAllVersions(s3, bucket) {
  for (;;) {
    let page;
    try {
      page = await s3.listObjectVersions({ Bucket: bucket, MaxKeys: PAGE_SIZE });
    } catch (error) {
      if (error.name === 'NoSuchBucket') return;
      throw error;
    }
    const objects = [...(page.Versions || []), ...(page.DeleteMarkers || [])]
      .map(({ Key, VersionId }) => ({ Key, VersionId }));
    if (objects.length === 0) return;
    const result = await s3.deleteObjects({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } });
    const errors = (result && result.Errors) || [];
    if (errors.length > 0) {
      const first = errors[0];
      throw new Error(`Could not delete ${errors.length} object version(s) of ${bucket}, ` +
        `first ${first.Key} (${first.VersionId}): ${first.Code} ${first.Message}`);
    }
    console.log(`Deleted ${objects.length} object version(s) of ${bucket}`);
    if (!page.IsTruncated) return;
  }
}

/** The partition of the function's ARN (the service token): `aws`, `aws-cn`, `aws-us-gov`... */
function partitionOf(event) {
  const parts = String(event.ServiceToken || '').split(':');
  return parts.length > 1 && parts[0] === 'arn' && parts[1] ? parts[1] : 'aws';
}
