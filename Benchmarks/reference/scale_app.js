// The scale benchmark app for the real AWS CDK, with the network variant: ../shared/bench/scale_app.js
// (STACKS stacks of UNITS units) and, with NETWORK=1, a VPC in every stack (the AWS CDK's default
// layout) and a function in it. Same app as Benchmarks/ScaleApp/main.swift. Run with
// ../shared/tools/reference-node (Scripts/benchmark --network does).
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3'), sqs = require('aws-cdk-lib/aws-sqs'), lambda = require('aws-cdk-lib/aws-lambda'), ddb = require('aws-cdk-lib/aws-dynamodb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const STACKS = +(process.env.STACKS || 10), UNITS = +(process.env.UNITS || 10), NETWORK = process.env.NETWORK === '1';
const app = new cdk.App();
let prev = null;
for (let s = 0; s < STACKS; s++) {
  const stack = new cdk.Stack(app, `Stack${s}`);
  let b;
  for (let u = 0; u < UNITS; u++) {
    const q = new sqs.Queue(stack, `Queue${u}`);
    const t = new ddb.Table(stack, `Table${u}`, { partitionKey: { name: 'pk', type: ddb.AttributeType.STRING } });
    const f = new lambda.Function(stack, `Fn${u}`, { runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(e, c): pass'), environment: { QUEUE: q.queueUrl, TABLE: t.tableName } });
    q.grantSendMessages(f); t.grantReadWriteData(f);
    if (prev) prev.grantRead(f);
    b = new s3.Bucket(stack, `Bucket${u}`, { versioned: true });
  }
  prev = b;
  if (NETWORK) {
    const vpc = new ec2.Vpc(stack, 'Vpc');
    new lambda.Function(stack, 'VpcFn', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(e, c): pass'), vpc });
  }
}
app.synth();
