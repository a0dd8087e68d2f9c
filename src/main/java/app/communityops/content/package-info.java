/**
 * C — Content: the community's rulebook (制度内容: values, rules, rewards, elimination red lines), every item
 * versioned, and content items (institutional and value content) from idea to publication, with their engagement.
 * Content items appear on the community calendar through {@link app.communityops.content.ContentCalendarSource}.
 */
@NullMarked
package app.communityops.content;

import org.jspecify.annotations.NullMarked;
