/**
 * compact-service: everything inside one compact (its principles and codes of practice,
 * its document, signatories, champions, contacts and glossary, and the copies it takes
 * from upstream), one module per package below this one, always in one tenant at a time.
 */
@NullMarked
package org.compacts.compact;

import org.jspecify.annotations.NullMarked;
