using System.Text;

namespace ColdStart.Data.Import;

/// <summary>
/// Streaming RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas, quotes (doubled) and
/// line breaks. Reports the physical line where each record starts. Blank lines are skipped.
/// A malformed record (unterminated quote, text after a closing quote) sets <see cref="Error"/> and the reader
/// carries on at the next line.
/// </summary>
internal sealed class CsvRecordReader
{
    private const int Eof = -1;
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private int _nextLine = 1;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>1-based physical line where the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>Fields of the current record (reused between calls).</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Why the current record is malformed, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Moves to the next non-blank record; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            if (Peek() == Eof) return false;
            Line = _nextLine;
            Error = null;
            _fields.Clear();
            var blank = ReadRecord();
            if (!blank || Error is not null) return true;
        }
    }

    /// <summary>Reads one record; returns true when it was a blank line.</summary>
    private bool ReadRecord()
    {
        var anyQuoted = false;
        while (true)
        {
            var quoted = Peek() == '"';
            anyQuoted |= quoted;
            if (quoted) ReadQuotedField();
            else ReadPlainField();
            _fields.Add(_field.ToString());
            if (Error is not null)
            {
                SkipRestOfLine();
                return false;
            }

            var c = Next();
            if (c == ',') continue;
            if (c == '\r' && Peek() == '\n') Next();
            if (c != Eof) _nextLine++;
            return !anyQuoted && _fields.Count == 1 && _fields[0].Length == 0;
        }
    }

    private void ReadPlainField()
    {
        _field.Clear();
        while (true)
        {
            var c = Peek();
            if (c is Eof or ',' or '\r' or '\n') return;
            _field.Append((char)Next());
        }
    }

    private void ReadQuotedField()
    {
        _field.Clear();
        var startLine = _nextLine;
        Next();
        while (true)
        {
            var c = Next();
            if (c == Eof)
            {
                Error = $"unterminated quoted field (the quote opens on line {startLine})";
                return;
            }

            if (c == '"')
            {
                if (Peek() == '"')
                {
                    _field.Append((char)Next());
                    continue;
                }

                var after = Peek();
                if (after is not (Eof or ',' or '\r' or '\n'))
                    Error = $"unexpected '{(char)after}' after the closing quote of field {_fields.Count + 1}";
                return;
            }

            if (c == '\r' && Peek() == '\n') c = Next();
            if (c is '\n' or '\r') _nextLine++;
            _field.Append((char)c);
        }
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            var c = Next();
            if (c == Eof) return;
            if (c is '\n' or '\r')
            {
                if (c == '\r' && Peek() == '\n') Next();
                _nextLine++;
                return;
            }
        }
    }

    private int Peek()
    {
        if (_position == _length && !Fill()) return Eof;
        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill()) return Eof;
        return _buffer[_position++];
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
