/** Demo data for a first start: two tenants, so the console and its isolation can be seen at once. */
@NullMarked
package app.communityops.demo;

import org.jspecify.annotations.NullMarked;
