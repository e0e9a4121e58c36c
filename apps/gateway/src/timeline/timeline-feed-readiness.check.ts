import { readinessCheckOn } from '@sijill/observability';
import { TimelineFeed } from './timeline-feed';

/**
 * Ready once the feed has read the timeline topic as far as it reached when the gateway started,
 * so a reader behind a load balancer never gets a partial timeline from a fresh instance.
 */
export const TimelineFeedReadinessCheck = readinessCheckOn(
  'timeline-feed',
  TimelineFeed,
  (feed) => feedReadiness(feed.state),
  'kept-state',
);

function feedReadiness(state: TimelineFeed['state']): Promise<void> {
  switch (state.kind) {
    case 'live':
      return Promise.resolve();
    case 'starting':
      return Promise.reject(new Error('the timeline feed is starting'));
    case 'catching-up':
      return Promise.reject(
        new Error(`the timeline feed is catching up on partitions ${state.behind.join(', ')}`),
      );
    case 'failed':
      return Promise.reject(new Error(state.reason));
  }
}
