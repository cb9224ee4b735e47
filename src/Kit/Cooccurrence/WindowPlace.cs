namespace Kit.Cooccurrence;

/// <summary>Where one window is: its document and its span in the original text (a window's text without the text).</summary>
public readonly record struct WindowPlace(string Document, int Start, int End);
