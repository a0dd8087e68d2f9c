/** The agency's clients: the customers whose communities a tenant runs. */
@NullMarked
package app.communityops.clients;

import org.jspecify.annotations.NullMarked;
