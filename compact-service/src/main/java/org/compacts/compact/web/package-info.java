/**
 * How the web API of a compact refuses what it cannot do, the same way in every part of
 * it.
 */
package org.compacts.compact.web;
