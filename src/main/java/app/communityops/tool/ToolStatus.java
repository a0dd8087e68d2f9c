package app.communityops.tool;

/** A cancelled tool stays on the list for the record but costs nothing and gets no reminders. */
public enum ToolStatus { TRIAL, ACTIVE, CANCELLED }
