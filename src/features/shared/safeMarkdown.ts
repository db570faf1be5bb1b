// Markdown built from data files and articles, which may come from anyone: rendered, never trusted.
import * as vscode from 'vscode';

/** Untrusted (no command links), no HTML, no theme icons. Escape what goes in with src/core/text/markdownFromData. */
export function safeMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
