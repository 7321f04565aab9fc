/** One file of a batch: where it is and the name it is reported under. */
export interface PlanInput {
  /** Absolute path on disk. */
  path: string;
  /** Path relative to its argument, forward slashes. */
  file: string;
  /** How messages name it: the argument as given, joined with the path found under it (absolute stays absolute). */
  shown: string;
}
