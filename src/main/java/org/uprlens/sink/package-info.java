/**
 * Sink: {@link org.uprlens.DocumentResult}s in; Spark rows of the three output tables ({@code documents},
 * {@code recommendations}, {@code rejects}) and the run manifest {@code _run.json} out. The schemas here are the
 * contract with analysts; the README documents them column by column.
 */
package org.uprlens.sink;
