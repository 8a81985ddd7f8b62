/** Days and ranges of days: {@link org.dpia.core.time.DateRange}, the one interval type of the project. */
package org.dpia.core.time;
