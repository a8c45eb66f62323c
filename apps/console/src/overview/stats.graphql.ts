import { graphql } from '../graphql/generated';

export const StatsQuery = graphql(`
  query Stats($from: DateTime, $to: DateTime, $timeZone: String) {
    stats(from: $from, to: $to, timeZone: $timeZone) {
      conversations
      averageQualityScore
      byDay {
        day
        conversations
        averageQualityScore
      }
      bySource {
        source
        count
      }
      byStatus {
        status
        count
      }
    }
  }
`);
