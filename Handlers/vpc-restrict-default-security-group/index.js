'use strict';
// swift-cdk's handler for `Custom::VpcRestrictDefaultSG` (Node.js on AWS Lambda, behind
// __entrypoint__.js, which reports to CloudFormation; the AWS SDK for JavaScript v3 comes with
// the runtime): takes away the two rules that AWS gives the default security group of a VPC,
// so that nothing placed in that group by default can talk to anything.
//
// Resource properties: DefaultSecurityGroupId, Account (the account that owns the group).
//   Create: the rules are revoked.
//   Update: when the group changed, the old group gets its rules back and the new one loses them.
//   Delete: the rules are given back.
// Revoking a rule that is not there, adding one that is, or a group that no longer exists (its
// VPC was deleted) is fine; every other error fails the request.

/** All traffic from the members of the group itself. */
const ingressRule = (group, account) => ({ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: group, UserId: account }] });
/** All traffic to anywhere over IPv4. */
const egressRule = () => ({ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] });

exports.handler = (event) => onEvent(event, newEc2Client());
exports.onEvent = onEvent;

function newEc2Client() {
  const { EC2 } = require('@aws-sdk/client-ec2');
  return new EC2({});
}

/** The work of one request, with `ec2` an EC2 client (the SDK's aggregated `EC2`, or a fake). */
async function onEvent(event, ec2) {
  const { DefaultSecurityGroupId: group, Account: account } = event.ResourceProperties || {};
  if (!group || !account) throw new Error('The resource needs the DefaultSecurityGroupId and Account properties');
  switch (event.RequestType) {
    case 'Create':
      await restrict(ec2, group, account);
      return {};
    case 'Update': {
      const old = event.OldResourceProperties || {};
      if (old.DefaultSecurityGroupId && old.DefaultSecurityGroupId !== group) {
        await restrict(ec2, group, account);
        await restore(ec2, old.DefaultSecurityGroupId, old.Account || account);
      }
      return {};
    }
    case 'Delete':
      await restore(ec2, group, account);
      return {};
    default:
      throw new Error(`Unknown request type ${event.RequestType}`);
  }
}

async function restrict(ec2, group, account) {
  await ignoring(['InvalidPermission.NotFound'], () =>
    ec2.revokeSecurityGroupIngress({ GroupId: group, IpPermissions: [ingressRule(group, account)] }));
  await ignoring(['InvalidPermission.NotFound'], () =>
    ec2.revokeSecurityGroupEgress({ GroupId: group, IpPermissions: [egressRule()] }));
}

async function restore(ec2, group, account) {
  const fine = ['InvalidPermission.Duplicate', 'InvalidGroup.NotFound'];
  await ignoring(fine, () => ec2.authorizeSecurityGroupIngress({ GroupId: group, IpPermissions: [ingressRule(group, account)] }));
  await ignoring(fine, () => ec2.authorizeSecurityGroupEgress({ GroupId: group, IpPermissions: [egressRule()] }));
}

/** Runs `call`; an error whose name (the EC2 error code) is one of `names` is logged and ignored. */
async function ignoring(names, call) {
  try {
    await call();
  } catch (error) {
    if (!names.includes(error.name)) throw error;
    console.log(`Ignored ${error.name}: ${error.message}`);
  }
}
