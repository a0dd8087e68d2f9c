package app.communityops.tool;

/** How a shared tool's cost is divided among the communities using it. */
public enum CostSplit { EVEN, WEIGHT }
