// Insertion of the agent's chosen text into the helpdesk's reply editor (content-script side).
export { type EditorKind, editorKind, resolveEditor } from './kind';
export { type CaretKeeper, createCaretKeeper } from './caret';
export { type InsertOutcome, insertText } from './insert';
