'use strict';
// swift-cdk's `Custom::VpcRestrictDefaultSG` handler (Handlers/vpc-restrict-default-security-group):
// its logic with a fake EC2 client, and the whole handler behind __entrypoint__.js (as the
// provider uploads it) with the real AWS SDK for JavaScript against a local moto server.
// Runs with `node --test Handlers/tests`.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { loadBundledSdk, provideModules, sdkForMoto } = require('./support/aws-sdk');
const { motoPython, startMoto, startReceiver, lambdaContext, stageHandler, cloudFormationEvent } = require('./support/local-aws');

const staged = stageHandler('vpc-restrict-default-security-group', { entrypoint: true });
test.after(() => staged.remove());
const { onEvent } = require(path.join(staged.folder, 'index.js'));

const ACCOUNT = '123456789012';
const ingress = (group) => ({ GroupId: group, IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: group, UserId: ACCOUNT }] }] });
const egress = (group) => ({ GroupId: group, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] });

function awsError(name) {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  return error;
}

/** An EC2 client that records every call; `errors` names the error each method throws. */
function fakeEc2(errors = {}) {
  const calls = [];
  const method = (name) => async (input) => {
    calls.push({ name, input });
    if (errors[name]) throw awsError(errors[name]);
    return {};
  };
  return {
    calls,
    revokeSecurityGroupIngress: method('revokeSecurityGroupIngress'),
    revokeSecurityGroupEgress: method('revokeSecurityGroupEgress'),
    authorizeSecurityGroupIngress: method('authorizeSecurityGroupIngress'),
    authorizeSecurityGroupEgress: method('authorizeSecurityGroupEgress'),
  };
}

function event(requestType, group, extra) {
  return cloudFormationEvent(requestType, 'Custom::VpcRestrictDefaultSG', { DefaultSecurityGroupId: group, Account: ACCOUNT }, extra);
}

test('Create revokes the ingress rule from the group itself and the egress rule to anywhere', async () => {
  const ec2 = fakeEc2();
  await onEvent(event('Create', 'sg-1'), ec2);
  assert.deepEqual(ec2.calls, [
    { name: 'revokeSecurityGroupIngress', input: ingress('sg-1') },
    { name: 'revokeSecurityGroupEgress', input: egress('sg-1') },
  ]);
});

test('Delete gives both rules back', async () => {
  const ec2 = fakeEc2();
  await onEvent(event('Delete', 'sg-1', { PhysicalResourceId: 'p' }), ec2);
  assert.deepEqual(ec2.calls, [
    { name: 'authorizeSecurityGroupIngress', input: ingress('sg-1') },
    { name: 'authorizeSecurityGroupEgress', input: egress('sg-1') },
  ]);
});

test('an Update of the same group changes nothing; of another group moves the restriction', async () => {
  const same = fakeEc2();
  await onEvent(event('Update', 'sg-1', { OldResourceProperties: { DefaultSecurityGroupId: 'sg-1', Account: ACCOUNT, ServiceToken: 'old' } }), same);
  assert.deepEqual(same.calls, []);
  const moved = fakeEc2();
  await onEvent(event('Update', 'sg-2', { OldResourceProperties: { DefaultSecurityGroupId: 'sg-1', Account: ACCOUNT } }), moved);
  assert.deepEqual(moved.calls, [
    { name: 'revokeSecurityGroupIngress', input: ingress('sg-2') },
    { name: 'revokeSecurityGroupEgress', input: egress('sg-2') },
    { name: 'authorizeSecurityGroupIngress', input: ingress('sg-1') },
    { name: 'authorizeSecurityGroupEgress', input: egress('sg-1') },
  ]);
});

test('rules that are already gone, or already back, and a deleted group are fine', async () => {
  await onEvent(event('Create', 'sg-1'), fakeEc2({ revokeSecurityGroupIngress: 'InvalidPermission.NotFound', revokeSecurityGroupEgress: 'InvalidPermission.NotFound' }));
  await onEvent(event('Delete', 'sg-1'), fakeEc2({ authorizeSecurityGroupIngress: 'InvalidPermission.Duplicate', authorizeSecurityGroupEgress: 'InvalidGroup.NotFound' }));
});

test('other errors fail the request', async () => {
  await assert.rejects(onEvent(event('Create', 'sg-1'), fakeEc2({ revokeSecurityGroupEgress: 'UnauthorizedOperation' })), /UnauthorizedOperation/);
  await assert.rejects(onEvent(event('Create', 'sg-1'), fakeEc2({ revokeSecurityGroupIngress: 'InvalidGroup.NotFound' })), /InvalidGroup\.NotFound/);
  await assert.rejects(onEvent(event('Delete', 'sg-1'), fakeEc2({ authorizeSecurityGroupIngress: 'Throttling' })), /Throttling/);
  await assert.rejects(onEvent(event('Create', undefined), fakeEc2()), /DefaultSecurityGroupId and Account/);
});

// MARK: The real AWS SDK against moto

const bundled = loadBundledSdk();
const python = motoPython();
const skip = bundled.missing || (python ? false : 'moto is not installed: run Scripts/install-test-tools');

test('against moto: Create empties the default security group of a VPC, Delete restores it', { skip }, async (t) => {
  const moto = await startMoto(python);
  const receiver = await startReceiver();
  const sdk = sdkForMoto(bundled.sdk, moto.url);
  const restore = provideModules(sdk);
  t.after(async () => { restore(); await receiver.stop(); await moto.stop(); });

  const ec2 = new sdk['@aws-sdk/client-ec2'].EC2({});
  const vpc = (await ec2.createVpc({ CidrBlock: '10.0.0.0/16' })).Vpc.VpcId;
  const groups = await ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [vpc] }, { Name: 'group-name', Values: ['default'] }] });
  const group = groups.SecurityGroups[0].GroupId;
  const rules = async () => {
    const [described] = (await ec2.describeSecurityGroups({ GroupIds: [group] })).SecurityGroups;
    return {
      ingress: described.IpPermissions.map((p) => [p.IpProtocol, (p.UserIdGroupPairs || []).map((pair) => pair.GroupId)]),
      egress: described.IpPermissionsEgress.map((p) => [p.IpProtocol, (p.IpRanges || []).map((range) => range.CidrIp)]),
    };
  };
  // AWS gives a new default group both rules; moto 5.2.1 only the egress one: the test adds the other.
  if ((await rules()).ingress.length === 0) await ec2.authorizeSecurityGroupIngress(ingress(group));
  const before = await rules();
  assert.deepEqual(before, { ingress: [['-1', [group]]], egress: [['-1', ['0.0.0.0/0']]] }, 'the default group has the two default rules');

  const { handler } = require(path.join(staged.folder, '__entrypoint__.js'));
  await handler(event('Create', group, { ResponseURL: receiver.url }), lambdaContext());
  assert.equal(receiver.responses[0].body.Status, 'SUCCESS', receiver.responses[0].body.Reason);
  assert.deepEqual(await rules(), { ingress: [], egress: [] });

  const physicalId = receiver.responses[0].body.PhysicalResourceId;
  await handler(event('Delete', group, { ResponseURL: receiver.url, PhysicalResourceId: physicalId }), lambdaContext());
  assert.equal(receiver.responses[1].body.Status, 'SUCCESS', receiver.responses[1].body.Reason);
  assert.equal(receiver.responses[1].body.PhysicalResourceId, physicalId);
  assert.deepEqual(await rules(), before);

  await handler(event('Create', 'sg-0000000000000dead', { ResponseURL: receiver.url }), lambdaContext());
  assert.equal(receiver.responses[2].body.Status, 'FAILED');
  assert.match(receiver.responses[2].body.Reason, /InvalidGroup\.NotFound/);
});
