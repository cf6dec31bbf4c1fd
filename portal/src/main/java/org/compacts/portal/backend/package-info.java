/**
 * How the portal talks to the services: every call carries the visitor's own token, so
 * each service decides what its visitor may see and do; a refusal comes back as the
 * service's problem details, ready for a form's error summary.
 */
@NullMarked
package org.compacts.portal.backend;

import org.jspecify.annotations.NullMarked;
