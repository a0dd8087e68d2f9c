/**
 * Member health: the daily score of each joined membership from the rollups and records, its segment by the
 * tenant's thresholds, the month's flows between segments, and the thresholds' settings
 * (docs/decisions/0047-member-health.md).
 */
@NullMarked
package app.communityops.members.health;

import org.jspecify.annotations.NullMarked;
