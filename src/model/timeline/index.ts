/**
 * The timeline model: pure functions behind `<practice-timeline>`'s visual view and its accessible
 * table. Entries from the case record, lanes, a zoomable time scale, axis ticks, stacking without
 * overlap, virtualisation and clusters for very large records, looked-after episodes and stability
 * indicators, the 26-week proceedings bar, and the chronology rows. No DOM, no Lit. Day numbers
 * (days since 1970-01-01, fractional for times of day) throughout.
 */
export {
  clampDay,
  isoMinuteOfDay,
  isoOfDay,
  MAX_DAY,
  MIN_DAY,
  MINUTES_PER_DAY,
  type DayRange,
} from './days.js';
export {
  compareEntries,
  isSignificantEvent,
  MAX_ENTRY_ISSUES,
  OTHER_LANE,
  OTHER_LANE_LABEL,
  timelineEntries,
  type TimelineEntries,
  type TimelineEntriesOptions,
  type TimelineEntry,
} from './entries.js';
export { MAX_SPAN_DAYS, MIN_FIT_DAYS, MIN_SPAN_DAYS, TimeScale, type Extent } from './scale.js';
export {
  ageTicks,
  calendarTicks,
  MAX_TICKS,
  TICK_GRANULARITIES,
  TICK_KINDS,
  type AgeTick,
  type AgeTickOptions,
  type CalendarTickOptions,
  type CalendarTicks,
  type Tick,
  type TickGranularity,
  type TickKind,
} from './ticks.js';
export {
  buildLanes,
  laneAndDescendants,
  type BuildLanesOptions,
  type LaneLayout,
  type TimelineLane,
} from './lanes.js';
export {
  estimateLabelPx,
  stackLane,
  type OverflowGroup,
  type StackItem,
  type StackOptions,
  type StackResult,
} from './stacking.js';
export { BLOCK_SIZE, type TimelineCluster } from './aggregate.js';
export {
  clusterMembers,
  createTimelineIndex,
  intersecting,
  queryVisible,
  type LaneIndex,
  type LaneWindow,
  type TimelineIndex,
  type TimelineIndexOptions,
  type VisibleOptions,
  type VisibleWindow,
} from './visible.js';
export {
  EXTENDED_TO,
  lookedAfterEpisodes,
  proceedingsBars,
  stabilityIndicators,
  type EpisodeOptions,
  type LookedAfterEpisode,
  type ProceedingsBar,
  type ProceedingsExtension,
  type ProceedingsOptions,
  type StabilityIndicators,
  type StabilityOptions,
} from './episodes.js';
export {
  CHRONOLOGY_SORT_KEYS,
  chronologyRows,
  courtChronology,
  type ChronologyQuery,
  type ChronologySortKey,
  type ChronologyTextColumn,
  type CourtChronologyOptions,
  type CourtChronologyRow,
  type SortDirection,
} from './chronology.js';
