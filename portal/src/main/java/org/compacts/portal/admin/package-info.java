/**
 * The platform admin's pages under {@code /admin/compacts}: every compact of the
 * federation, creating one, changing its parent or adoption, archiving it. Only platform
 * admins reach them; anyone else is answered 404 before a service is asked anything.
 */
@NullMarked
package org.compacts.portal.admin;

import org.jspecify.annotations.NullMarked;
