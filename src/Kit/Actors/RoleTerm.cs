namespace Kit.Actors;

/// <summary>An office a person held: the role as written (الرئيس الأمريكي) and its term, To null while in office.</summary>
public sealed record RoleTerm(string Role, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => From <= date && (To is null || date < To.Value);

    public override string ToString() => $"{Role} {From:yyyy-MM-dd}–{(To is { } to ? to.ToString("yyyy-MM-dd") : "")}";
}
