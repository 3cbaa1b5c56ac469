// Package sentence splits German and English news text into sentences.
package sentence
