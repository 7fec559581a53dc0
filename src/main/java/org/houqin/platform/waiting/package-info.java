/**
 * 待办 (waiting for me): one list of every document waiting for the reader, gathered from the modules'
 * {@link org.houqin.platform.waiting.WaitingItems}, with its count in the top bar and on the home page.
 */
package org.houqin.platform.waiting;
