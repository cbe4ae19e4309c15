using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

/// <summary>
/// Simulates shopping sessions: one department and product type per session (from the user's affinities, or a random
/// department as noise), an optional search, a few views drawn by archetype-weighted Zipf popularity, some
/// add-to-carts and fewer purchases. Every user gets one session, then sessions go to users in proportion to their
/// heavy-tailed activity until the target number of events is reached.
/// </summary>
internal sealed class ShoppingSessions
{
    private const double CartRate = 0.11;
    private const double PurchaseRate = 0.42;
    private const double ContinueTypeRate = 0.35;
    private const double SwitchTypeRate = 0.2;
    private const double NoiseViewRate = 0.05;
    private const double StopViewingRate = 0.38;
    private const int MaxViews = 12;
    private const double PreferredTierBoost = 1.5;

    private readonly SampleWorldOptions _options;
    private readonly WorldCatalog _catalog;
    private readonly WorldPopulation _population;
    private readonly WorldRandom _random;
    private readonly SessionCalendar _calendar;
    private readonly WeightedTable[] _itemTables;
    private readonly WeightedTable[] _typeTables;
    private readonly int[][] _departmentTypes;
    private readonly int[] _lastType;
    private readonly List<Event> _events;
    private readonly List<long> _order;

    public ShoppingSessions(SampleWorldOptions options, WorldCatalog catalog, WorldPopulation population, WorldRandom random)
    {
        _options = options;
        _catalog = catalog;
        _population = population;
        _random = random;
        _calendar = new SessionCalendar(options.Days, SampleWorld.WindowStart, random);
        _departmentTypes = DepartmentTypes();
        _itemTables = ItemTables(catalog);
        _typeTables = TypeTables(_departmentTypes, random);
        _lastType = new int[population.Users.Length];
        Array.Fill(_lastType, -1);
        _events = new List<Event>(options.TargetEvents + 64);
        _order = new List<long>(options.TargetEvents + 64);
    }

    /// <summary>Runs all sessions and returns the events sorted by time (ties keep generation order).</summary>
    public Event[] Run()
    {
        for (var u = 0; u < _population.Users.Length; u++) Session(u);
        var activity = new WeightedTable(_population.Activity);
        while (_events.Count < _options.TargetEvents) Session(activity.Sample(_random));

        var keys = _order.ToArray();
        var events = _events.ToArray();
        Array.Sort(keys, events);
        return events;
    }

    private void Session(int user)
    {
        var archetypeIndex = _population.Archetypes[user];
        var archetype = ShopperArchetypes.All[archetypeIndex];
        var (day, time) = _calendar.SessionStart(_random);
        var type = ChooseType(user, archetypeIndex);
        var department = SampleCatalog.TypeDepartment[type];
        var favourite = _population.FavouriteBrand[user * SampleCatalog.Departments.Count + department];
        var loyal = _random.Chance(archetype.BrandLoyalty);

        if (_random.Chance(archetype.SearchRate))
        {
            var spec = SampleCatalog.Departments[department];
            var (query, usedBrand) = SearchQueries.Write(_random, spec, SampleCatalog.Types[type],
                spec.Brands[favourite].Name, archetype.PriceSensitivity >= 1.0);
            loyal |= usedBrand;
            Add(user, -1, EventType.Search, ref time, query);
        }

        Span<int> carted = stackalloc int[MaxViews];
        var cartCount = 0;
        var views = 1;
        while (views < MaxViews && !_random.Chance(StopViewingRate)) views++;
        for (var v = 0; v < views; v++)
        {
            if (v > 0 && _random.Chance(SwitchTypeRate)) type = TypeInDepartment(archetypeIndex, department);
            var item = PickItem(archetypeIndex, type, day, loyal ? favourite : -1);
            Add(user, item, EventType.View, ref time);
            if (!_random.Chance(CartRate)) continue;
            Add(user, item, EventType.Cart, ref time);
            carted[cartCount++] = item;
        }
        if (_random.Chance(NoiseViewRate)) Add(user, NoiseItem(day), EventType.View, ref time);
        for (var c = 0; c < cartCount; c++)
            if (_random.Chance(PurchaseRate)) Add(user, carted[c], EventType.Purchase, ref time);
    }

    private int ChooseType(int user, int archetypeIndex)
    {
        if (_lastType[user] >= 0 && _random.Chance(ContinueTypeRate)) return _lastType[user];
        var department = _random.Chance(_population.Noise[user])
            ? _random.Next(SampleCatalog.Departments.Count)
            : _population.SampleDepartment(user, _random);
        return _lastType[user] = TypeInDepartment(archetypeIndex, department);
    }

    private int TypeInDepartment(int archetypeIndex, int department) =>
        _departmentTypes[department][_typeTables[archetypeIndex * SampleCatalog.Departments.Count + department].Sample(_random)];

    /// <summary>Archetype-weighted Zipf draw among items already launched on <paramref name="day"/>; prefers the favourite brand when given.</summary>
    private int PickItem(int archetypeIndex, int type, int day, int favouriteBrand)
    {
        var table = _itemTables[archetypeIndex * SampleCatalog.Types.Count + type];
        var items = _catalog.TypeItems[type];
        var fallback = -1;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var item = items[table.Sample(_random)];
            if (_catalog.LaunchDay[item] > day) continue;
            if (favouriteBrand < 0 || _catalog.BrandOf[item] == favouriteBrand) return item;
            if (fallback < 0) fallback = item;
        }
        return fallback >= 0 ? fallback : items[0];
    }

    private int NoiseItem(int day)
    {
        var item = _catalog.ActiveItems[_random.Next(_catalog.ActiveItems.Length)];
        return _catalog.LaunchDay[item] <= day ? item : _catalog.TypeItems[_catalog.TypeOf[item]][0];
    }

    private void Add(int user, int item, EventType type, ref long time, string? query = null)
    {
        _order.Add(time << 32 | (uint)_events.Count);
        _events.Add(new Event(user, item, type, SampleWorld.WindowStartSeconds + time, query));
        time += 10 + _random.Next(170);
    }

    private static int[][] DepartmentTypes()
    {
        var result = new int[SampleCatalog.Departments.Count][];
        for (var d = 0; d < result.Length; d++)
        {
            var list = new List<int>();
            for (var t = 0; t < SampleCatalog.Types.Count; t++)
                if (SampleCatalog.TypeDepartment[t] == d) list.Add(t);
            result[d] = list.ToArray();
        }
        return result;
    }

    /// <summary>Per archetype and type: popularity × (price / base price)^(−price sensitivity) × preferred-tier boost.</summary>
    private static WeightedTable[] ItemTables(WorldCatalog catalog)
    {
        var archetypes = ShopperArchetypes.All;
        var types = SampleCatalog.Types;
        var tables = new WeightedTable[archetypes.Count * types.Count];
        for (var a = 0; a < archetypes.Count; a++)
            for (var t = 0; t < types.Count; t++)
            {
                var items = catalog.TypeItems[t];
                var department = SampleCatalog.Departments[SampleCatalog.TypeDepartment[t]];
                var weights = new double[items.Length];
                for (var k = 0; k < items.Length; k++)
                {
                    var item = items[k];
                    var relativePrice = catalog.Items[item].Price / types[t].BasePrice;
                    var tierBoost = department.Brands[catalog.BrandOf[item]].Tier == archetypes[a].PreferredTier ? PreferredTierBoost : 1.0;
                    weights[k] = catalog.Popularity[item] * Math.Pow(relativePrice, -archetypes[a].PriceSensitivity) * tierBoost;
                }
                tables[a * types.Count + t] = new WeightedTable(weights);
            }
        return tables;
    }

    /// <summary>Per archetype and department: random type popularity, focus types of the archetype tripled.</summary>
    private static WeightedTable[] TypeTables(int[][] departmentTypes, WorldRandom random)
    {
        var typeWeight = new double[SampleCatalog.Types.Count];
        for (var t = 0; t < typeWeight.Length; t++) typeWeight[t] = 0.5 + random.NextDouble();
        var archetypes = ShopperArchetypes.All;
        var tables = new WeightedTable[archetypes.Count * departmentTypes.Length];
        for (var a = 0; a < archetypes.Count; a++)
            for (var d = 0; d < departmentTypes.Length; d++)
            {
                var weights = new double[departmentTypes[d].Length];
                for (var k = 0; k < weights.Length; k++)
                {
                    var type = departmentTypes[d][k];
                    var focus = Array.IndexOf(archetypes[a].FocusTypes, SampleCatalog.Types[type].Name) >= 0;
                    weights[k] = typeWeight[type] * (focus ? 3.0 : 1.0);
                }
                tables[a * departmentTypes.Length + d] = new WeightedTable(weights);
            }
        return tables;
    }
}
