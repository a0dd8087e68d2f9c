/** The C-ACM-MT operations report of one community for one period: its model, PDF and Markdown. */
@NullMarked
package app.communityops.report;

import org.jspecify.annotations.NullMarked;
