/**
 * HTTP concerns shared by every feature: problem responses, paging and the request
 * language.
 */
@NullMarked
package org.allianceregistry.web;

import org.jspecify.annotations.NullMarked;
