import { Migration20261123000000_initial } from './Migration20261123000000_initial';
import { Migration20261123010000_index_visible_only } from './Migration20261123010000_index_visible_only';
import { Migration20261201000000_people_activity_events } from './Migration20261201000000_people_activity_events';
import { Migration20261201120000_indexed_message_count } from './Migration20261201120000_indexed_message_count';

export const MIGRATIONS = [
  { name: 'Migration20261123000000_initial', class: Migration20261123000000_initial },
  { name: 'Migration20261123010000_index_visible_only', class: Migration20261123010000_index_visible_only },
  { name: 'Migration20261201000000_people_activity_events', class: Migration20261201000000_people_activity_events },
  { name: 'Migration20261201120000_indexed_message_count', class: Migration20261201120000_indexed_message_count },
];
