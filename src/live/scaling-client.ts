/**
 * The Application Auto Scaling client that goes with a DynamoDB client: the same region,
 * credentials and (when one is set) endpoint, so a test's control-plane emulation answers both.
 * Application Auto Scaling is its own service (X-Amz-Target prefix AnyScaleFrontendService):
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/Welcome.html
 */
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export function scalingClientFor(base: DynamoDBClient): ApplicationAutoScalingClient {
  return new ApplicationAutoScalingClient({
    region: base.config.region,
    ...(base.config.isCustomEndpoint && base.config.endpoint ? { endpoint: base.config.endpoint } : {}),
    credentials: base.config.credentials,
    maxAttempts: 3,
  });
}
