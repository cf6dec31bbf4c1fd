/**
 * A whole compact as one file (YAML or JSON, the same structure, described by
 * {@code import/compact-file.schema.json}): reading it, checking it against its schema
 * and its rules, and answering either the compact as records of the {@code versioning}
 * domain or every error with its line, field and reason. The reading is pure, no Spring
 * and no database (ArchitectureTests holds it to that): whoever imports a compact calls
 * {@link org.compacts.compact.importing.CompactFileReader} and writes the
 * {@link org.compacts.compact.importing.CompactFile} it answers, as the Spring beans here
 * do ({@code CompactImport} behind {@code POST /import}, and the demo compacts at start).
 */
@NullMarked
package org.compacts.compact.importing;

import org.jspecify.annotations.NullMarked;
