import { expect } from 'chai';
import { clientEndpoint, createClient, deriveClient, extendClients, isLocalEndpoint } from '../../src/live/client.js';

describe('live: client', () => {
  it('recognises endpoints on this machine', () => {
    expect(isLocalEndpoint('http://localhost:8000')).to.equal(true);
    expect(isLocalEndpoint('http://127.0.0.1:4566')).to.equal(true);
    expect(isLocalEndpoint('http://[::1]:8000')).to.equal(true);
    expect(isLocalEndpoint('https://dynamodb.eu-west-1.amazonaws.com')).to.equal(false);
    expect(isLocalEndpoint('not a url')).to.equal(false);
  });

  it('gives a local endpoint dummy credentials when none are configured', async () => {
    const saved = { ...process.env };
    delete process.env['AWS_ACCESS_KEY_ID'];
    delete process.env['AWS_PROFILE'];
    try {
      const client = createClient({ endpoint: 'http://localhost:8000', region: 'us-east-1', profile: null });
      const creds = await client.config.credentials();
      expect(creds.accessKeyId).to.equal('ddbmigrate');
      expect(await clientEndpoint(client)).to.equal('http://localhost:8000/');
      expect(await client.config.maxAttempts()).to.equal(3);
    } finally {
      process.env = saved;
    }
  });

  it('uses the default chain for AWS and silences the Node 20 SDK warning by its documented switch', async () => {
    const client = createClient({ endpoint: null, region: 'eu-west-1', profile: 'someone' });
    expect(client.config.profile).to.equal('someone');
    expect(await client.config.maxAttempts()).to.equal(8);
    expect(process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED']).to.equal('true');
  });

  it('regression: an extension of a client reaches the clients derived from it later (the loader writes to the warm engine through one)', () => {
    // The warm engine's write tracking was attached to the command's client only, so the fixture
    // loader's derived client wrote without telling the engine to save a snapshot.
    const base = createClient({ endpoint: 'http://localhost:8000', region: 'us-east-1', profile: null });
    const probe = (c: typeof base) => c.middlewareStack.add((next) => (args) => next(args), { step: 'initialize', name: 'probeExtension' });
    extendClients(base, probe);
    const derived = deriveClient(base, { maxAttempts: 1 });
    expect(base.middlewareStack.identify().some((n) => n.startsWith('probeExtension'))).to.equal(true);
    expect(derived.middlewareStack.identify().some((n) => n.startsWith('probeExtension'))).to.equal(true);
    base.destroy();
    derived.destroy();
  });
});
