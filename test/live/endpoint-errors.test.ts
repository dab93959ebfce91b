import { expect } from 'chai';
import { endpointFailure, endpointProblem, finalEndpointProblem, rememberEndpoint } from '../../src/live/endpoint-errors.js';
import { isTransient } from '../../src/util/retry.js';

const err = (fields: Record<string, unknown>, message = 'x'): Error => Object.assign(new Error(message), fields);

describe('live: endpoint failures are classified by cause', () => {
  it('names each cause: refused, unreachable, no answer, dropped, not HTTP, not DynamoDB, interrupted', () => {
    expect(endpointFailure(err({ code: 'ECONNREFUSED' }))).to.equal('refused');
    // A host with several addresses: Node throws an AggregateError carrying the code.
    expect(endpointFailure(Object.assign(new AggregateError([err({ code: 'ECONNREFUSED' })]), {}))).to.equal('refused');
    expect(endpointFailure(err({ code: 'ENOTFOUND' }))).to.equal('unreachable');
    expect(endpointFailure(err({ name: 'TimeoutError' }))).to.equal('no-answer');
    expect(endpointFailure(err({ code: 'ECONNRESET' }))).to.equal('dropped');
    // The SDK's handler names a reset "TimeoutError": still a dropped connection, retried.
    expect(endpointFailure(err({ code: 'ECONNRESET', name: 'TimeoutError' }))).to.equal('dropped');
    expect(endpointFailure(err({ code: 'HPE_INVALID_CONSTANT' }))).to.equal('not-http');
    const html = Object.assign(new SyntaxError('Unexpected token <'), { $response: { statusCode: 200, headers: { 'content-type': 'text/html' } } });
    expect(endpointFailure(html)).to.equal('not-dynamodb');
    expect(endpointFailure(err({ name: 'AbortError' }))).to.equal('interrupted');
  });

  it('leaves answers from DynamoDB alone', () => {
    expect(endpointFailure(err({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } }))).to.equal(null);
    expect(endpointFailure(err({ name: 'ProvisionedThroughputExceededException' }))).to.equal(null);
    expect(endpointProblem(new Error('plain'))).to.equal(null);
  });

  it('names the endpoint and timeout the client recorded on the error', () => {
    const e = err({ name: 'TimeoutError' });
    rememberEndpoint(e, { endpoint: 'http://127.0.0.1:9', requestTimeoutMs: 1500 });
    expect(endpointProblem(e)).to.include({ code: 'ENDPOINT_NO_ANSWER', message: 'the endpoint did not answer within 1.5 s (http://127.0.0.1:9), after the retries' });
  });

  it('a timeout is retried as transient; a dropped connection is not final, the others are', () => {
    expect(isTransient(err({ name: 'TimeoutError' }))).to.equal(true);
    expect(finalEndpointProblem(err({ code: 'ECONNRESET' }))).to.equal(null);
    expect(finalEndpointProblem(err({ code: 'ECONNREFUSED' }))?.code).to.equal('ENDPOINT_REFUSED');
  });
});
