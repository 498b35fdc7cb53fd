package web

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strconv"
	"time"
)

// The pictures (a story's timeline, an outlet's sources and copiers) are
// drawn on the server: a layout function turns typed input into typed
// shapes with coordinates, and an html/template renders the shapes, so that
// every title, outlet and URL written into the SVG is escaped by the same
// machinery as the pages. Layout is deterministic (same input, same bytes)
// so that golden files can pin it.

// relationStyle is how one relation is drawn, the same in every picture and
// legend. The colours are Okabe–Ito (distinguishable with the common colour
// vision deficiencies) and every one also has a text label in the legend,
// so colour is never the only cue.
type relationStyle struct {
	Relation string
	Label    string
	Color    string
	Dash     string // stroke-dasharray, "" for solid
}

var relationStyles = []relationStyle{
	{"duplicate", "duplicate (near-identical)", "#0072b2", ""},
	{"copy", "copy (most of it reused)", "#d55e00", ""},
	{"excerpt", "excerpt (a passage reused)", "#007a5a", ""},
	{"rewrite", "rewrite (paraphrased)", "#b8488f", "8 3"},
	{"source", "credits a source not in the corpus", "#7a5c00", "2 3"},
	{"related", "related (same story, written independently)", "#666666", "5 4"},
}

func styleOf(relation string) relationStyle {
	for _, s := range relationStyles {
		if s.Relation == relation {
			return s
		}
	}
	return relationStyle{Relation: relation, Label: relation, Color: "#333333"}
}

// timelineInput is what a story's timeline is drawn from.
type timelineInput struct {
	// Title names the story, for the picture's accessible name.
	Title    string
	Articles []timelineArticle
	// Edges are provenance edges, source → later article; an edge whose
	// From is 0 comes from an external source (FromExternal, an outlet).
	Edges []timelineEdge
	// Related are pairs written independently about the same story.
	Related [][2]int64
}

type timelineArticle struct {
	ID     int64
	Outlet string
	Title  string
	// Published is zero when unknown; DayOnly when only the date is known
	// (from the URL), so the picture does not pretend to know the hour.
	Published time.Time
	DayOnly   bool
}

type timelineEdge struct {
	From         int64
	FromExternal string
	To           int64
	Relation     string
	Confidence   float64
}

// svgDrawing is a laid-out picture, ready for the "svg" template.
type svgDrawing struct {
	Class         string
	Width, Height int
	// IDPrefix keeps element IDs (markers, title) unique on a page.
	IDPrefix    string
	Title, Desc string
	Lanes       []svgLane
	Ticks       []svgTick
	// AxisY is where the time axis is drawn; Undated, when set, is the
	// separator before the column of undated articles.
	AxisY, PlotLeft, PlotRight int
	Undated                    *svgTick
	Edges                      []svgEdge
	Nodes                      []svgNode
	Labels                     []svgLabel
	Legend                     []svgLegendItem
	Markers                    []relationStyle
}

type svgLane struct {
	// External: the lane of an outlet credited but not in the corpus,
	// labelled in italics.
	External bool
	Y        string
	LabelY   string
	Label    string
	Outlet   string
	Striped  bool
	Height   int
}

type svgTick struct {
	X     string
	Label string
}

type svgNode struct {
	Class string
	// Rect draws a box of W×H at X, Y (top left) instead of a circle.
	Rect     bool
	W, H     string
	ID       int64
	Key      string
	Outlet   string
	Href     string
	X, Y, R  string
	Tooltip  string
	Fill     string
	Stroke   string
	Dash     string
	Relation string
}

type svgEdge struct {
	Class      string
	From, To   string
	Relation   string
	Path       string
	Color      string
	Dash       string
	Width      string
	Marker     bool
	Tooltip    string
	Articles   int
	Confidence string
}

type svgLabel struct {
	X, Y   string
	Anchor string
	Text   string
	Class  string
}

type svgLegendItem struct {
	X, Y, LineEnd, TextX string
	Style                relationStyle
}

const (
	tlWidth      = 960
	tlGutter     = 190 // lane labels
	tlRightPad   = 24
	tlTop        = 34 // axis labels above the first lane
	tlLane       = 40
	tlNodeR      = 7
	tlUndatedCol = 76
	tlLegendRow  = 22
)

// drawTimeline lays out a story: time across, one lane per outlet (in the
// order the outlets first ran the story, so the origin is on top), a
// circle per article, an arrow per provenance edge coloured by relation,
// dashed lines between related articles, and a legend of the relations
// drawn.
func drawTimeline(in timelineInput) svgDrawing {
	d := svgDrawing{Class: "timeline", Width: tlWidth, IDPrefix: "tl", PlotLeft: tlGutter, PlotRight: tlWidth - tlRightPad}
	arts := slices.Clone(in.Articles)
	slices.SortStableFunc(arts, func(a, b timelineArticle) int {
		return cmp.Or(compareWhen(a, b), cmp.Compare(a.ID, b.ID))
	})

	// Lanes: outlets by their first article, then external sources (whose
	// time is unknown) at the bottom.
	laneOf := map[string]int{}
	var lanes []string
	for _, a := range arts {
		if _, ok := laneOf[a.Outlet]; !ok {
			laneOf[a.Outlet] = len(lanes)
			lanes = append(lanes, a.Outlet)
		}
	}
	var externals []string
	for _, e := range in.Edges {
		if e.From == 0 && e.FromExternal != "" && !slices.Contains(externals, e.FromExternal) {
			externals = append(externals, e.FromExternal)
		}
	}
	slices.Sort(externals)
	externalLane := map[string]int{}
	for _, x := range externals {
		externalLane[x] = len(lanes)
		lanes = append(lanes, x)
	}

	// Time scale over the dated articles; undated ones get a column of
	// their own at the right rather than a made-up position.
	var first, last time.Time
	undated := 0
	for _, a := range arts {
		t, ok := plotTime(a)
		if !ok {
			undated++
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if last.IsZero() || t.After(last) {
			last = t
		}
	}
	plotRight := float64(d.PlotRight)
	if undated > 0 {
		plotRight -= tlUndatedCol
	}
	left := float64(tlGutter + 16)
	right := plotRight - 16
	span := last.Sub(first)
	xOf := func(t time.Time) float64 {
		if span <= 0 {
			return (left + right) / 2
		}
		return left + (right-left)*float64(t.Sub(first))/float64(span)
	}
	if !first.IsZero() {
		for _, t := range timeTicks(first, last) {
			x := xOf(t.at)
			if undated > 0 && x > plotRight-48 {
				continue // its label would run into the "undated" one
			}
			d.Ticks = append(d.Ticks, svgTick{X: num(x), Label: t.label})
		}
	}
	if undated > 0 {
		d.Undated = &svgTick{X: num(plotRight), Label: "undated"}
	}

	laneY := func(i int) float64 { return float64(tlTop + tlLane*i + tlLane/2) }
	for i, o := range lanes {
		_, external := externalLane[o]
		d.Lanes = append(d.Lanes, svgLane{Y: num(float64(tlTop + tlLane*i)), LabelY: num(laneY(i) + 4),
			Label: clip(o, 26), Outlet: o, Striped: i%2 == 1, Height: tlLane, External: external})
	}

	// Place the circles; articles that would overlap in a lane are pushed
	// right just enough to stay apart (and the tooltip keeps the real time).
	type pos struct{ x, y float64 }
	at := map[string]pos{}
	lastX := map[int]float64{}
	undatedX := plotRight + tlUndatedCol/2
	for _, a := range arts {
		lane := laneOf[a.Outlet]
		x := undatedX
		t, dated := plotTime(a)
		if dated {
			x = xOf(t)
		}
		if prev, ok := lastX[lane]; ok && x < prev+2*tlNodeR+3 && (dated || prev >= undatedX) {
			x = prev + 2*tlNodeR + 3
		}
		lastX[lane] = x
		y := laneY(lane)
		key := articleKey(a.ID)
		at[key] = pos{x, y}
		n := svgNode{Class: "article", ID: a.ID, Key: key, Outlet: a.Outlet, Href: fmt.Sprintf("/articles/%d", a.ID),
			X: num(x), Y: num(y), R: strconv.Itoa(tlNodeR), Fill: "#1f3a5f", Stroke: "#ffffff",
			Tooltip: fmt.Sprintf("%s — %s, %s", untitled(a.Title), a.Outlet, whenLabel(a.Published, a.DayOnly))}
		if a.DayOnly {
			n.Class = "article day-only"
			n.Fill, n.Stroke = "#ffffff", "#1f3a5f"
		}
		if !dated {
			n.Class = "article undated"
			n.Fill, n.Stroke = "#ffffff", "#1f3a5f"
			n.Dash = "2 2"
		}
		d.Nodes = append(d.Nodes, n)
	}
	for _, x := range externals {
		// An external source's date is unknown: it is drawn just before
		// the earliest article that credits it.
		xPos := math.Inf(1)
		for _, e := range in.Edges {
			if e.From == 0 && e.FromExternal == x {
				if p, ok := at[articleKey(e.To)]; ok {
					xPos = min(xPos, p.x-28)
				}
			}
		}
		if math.IsInf(xPos, 1) {
			xPos = left
		}
		xPos = max(xPos, float64(tlGutter+tlNodeR+2))
		key := externalKey(x)
		at[key] = pos{xPos, laneY(externalLane[x])}
		d.Nodes = append(d.Nodes, svgNode{Class: "external", Key: key, Outlet: x, X: num(xPos), Y: num(laneY(externalLane[x])),
			R: strconv.Itoa(tlNodeR), Fill: "#ffffff", Stroke: "#7a5c00", Dash: "2 2",
			Tooltip: x + " — credited as a source, not in the corpus"})
	}

	used := map[string]bool{}
	for _, e := range in.Edges {
		fromKey := articleKey(e.From)
		if e.From == 0 {
			fromKey = externalKey(e.FromExternal)
		}
		p, ok1 := at[fromKey]
		q, ok2 := at[articleKey(e.To)]
		if !ok1 || !ok2 {
			continue
		}
		relation := e.Relation
		if e.From == 0 {
			relation = "source"
		}
		st := styleOf(relation)
		used[st.Relation] = true
		d.Edges = append(d.Edges, svgEdge{Class: "edge", From: fromKey, To: articleKey(e.To), Relation: relation,
			Path: curve(p.x, p.y, q.x, q.y, tlNodeR+1, tlNodeR+4), Color: st.Color, Dash: st.Dash, Width: "2",
			Marker: true, Confidence: strconv.FormatFloat(e.Confidence, 'f', 2, 64),
			Tooltip: fmt.Sprintf("%s: %s → article %d (confidence %.2f)", relation, nodeName(fromKey, in), e.To, e.Confidence)})
	}
	for _, pr := range relatedToDraw(in) {
		p, ok1 := at[articleKey(pr[0])]
		q, ok2 := at[articleKey(pr[1])]
		if !ok1 || !ok2 {
			continue
		}
		st := styleOf("related")
		used[st.Relation] = true
		d.Edges = append(d.Edges, svgEdge{Class: "related", From: articleKey(pr[0]), To: articleKey(pr[1]), Relation: "related",
			Path: curve(p.x, p.y, q.x, q.y, tlNodeR+1, tlNodeR+1), Color: st.Color, Dash: st.Dash, Width: "1.5",
			Tooltip: fmt.Sprintf("related: articles %d and %d cover the same story independently", pr[0], pr[1])})
	}

	plotBottom := tlTop + tlLane*max(len(lanes), 1)
	d.AxisY = tlTop - 6
	d.Markers = markersFor(used)
	d.Legend, d.Height = legend(used, plotBottom+14)
	d.Title = fmt.Sprintf("Timeline of the story “%s”", in.Title)
	d.Desc = timelineDesc(in, len(lanes)-len(externals), first, last, undated)
	return d
}

// relatedToDraw picks, for each two parts of a story that were written
// independently (each a tree of copies), one related pair to draw: a
// story of ten copies and one independent report has ten related pairs,
// and ten dashed lines would hide the arrows. The pair drawn joins the
// parts' roots when it can. The member list names every pair.
func relatedToDraw(in timelineInput) [][2]int64 {
	part := map[int64]int64{}
	var find func(int64) int64
	find = func(x int64) int64 {
		p, ok := part[x]
		if !ok || p == x {
			return x
		}
		root := find(p)
		part[x] = root
		return root
	}
	hasSource := map[int64]bool{}
	for _, e := range in.Edges {
		if e.From != 0 {
			hasSource[e.To] = true
			part[find(e.To)] = find(e.From)
		}
	}
	type candidate struct {
		pair [2]int64
		rank int
	}
	best := map[[2]int64]candidate{}
	var order [][2]int64
	for _, pr := range in.Related {
		a, b := find(pr[0]), find(pr[1])
		if a == b {
			continue // already joined by copies: the arrows show it
		}
		key := [2]int64{min(a, b), max(a, b)}
		rank := 0
		for _, id := range pr {
			if hasSource[id] {
				rank++
			}
		}
		c, seen := best[key]
		if !seen {
			order = append(order, key)
		}
		if !seen || rank < c.rank {
			best[key] = candidate{pr, rank}
		}
	}
	var out [][2]int64
	for _, key := range order {
		out = append(out, best[key].pair)
	}
	return out
}

func compareWhen(a, b timelineArticle) int {
	ta, okA := plotTime(a)
	tb, okB := plotTime(b)
	switch {
	case okA && okB:
		return ta.Compare(tb)
	case okA:
		return -1
	case okB:
		return 1
	}
	return 0
}

// plotTime is where an article sits on the time axis: a day-only date at
// noon, the middle of what it may mean.
func plotTime(a timelineArticle) (time.Time, bool) {
	if a.Published.IsZero() {
		return time.Time{}, false
	}
	t := a.Published.UTC()
	if a.DayOnly {
		t = time.Date(t.Year(), t.Month(), t.Day(), 12, 0, 0, 0, time.UTC)
	}
	return t, true
}

func articleKey(id int64) string   { return "a" + strconv.FormatInt(id, 10) }
func externalKey(o string) string  { return "x:" + o }
func num(f float64) string         { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }
func untitled(title string) string { return cmp.Or(title, "(untitled)") }

func nodeName(key string, in timelineInput) string {
	for _, a := range in.Articles {
		if articleKey(a.ID) == key {
			return fmt.Sprintf("article %d (%s)", a.ID, a.Outlet)
		}
	}
	if len(key) > 2 && key[:2] == "x:" {
		return key[2:]
	}
	return key
}

func whenLabel(t time.Time, dayOnly bool) string {
	switch {
	case t.IsZero():
		return "date unknown"
	case dayOnly:
		return t.UTC().Format("2 Jan 2006") + " (day only)"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// curve is a gently bent path from one circle to another, starting and
// ending at their rims (plus room for the arrowhead), so that parallel
// edges between close articles stay apart and an edge within one lane
// arcs over the circles between its ends instead of running through them.
func curve(x1, y1, x2, y2, startGap, endGap float64) string {
	dx, dy := x2-x1, y2-y1
	length := math.Hypot(dx, dy)
	if length < 1 {
		return fmt.Sprintf("M%s %s", num(x1), num(y1))
	}
	bend := 0.12 * length
	if math.Abs(dy) < 1 {
		bend = min(0.3*length, 28)
	}
	// Control point: the midpoint pushed left of the direction of travel.
	cx := (x1+x2)/2 + bend*dy/length
	cy := (y1+y2)/2 - bend*dx/length
	if length <= startGap+endGap {
		return fmt.Sprintf("M%s %sL%s %s", num(x1), num(y1), num(x2), num(y2))
	}
	sx, sy := toward(x1, y1, cx, cy, startGap)
	ex, ey := toward(x2, y2, cx, cy, endGap)
	return fmt.Sprintf("M%s %sQ%s %s %s %s", num(sx), num(sy), num(cx), num(cy), num(ex), num(ey))
}

// toward moves from (x, y) by dist in the direction of (tx, ty).
func toward(x, y, tx, ty, dist float64) (float64, float64) {
	dx, dy := tx-x, ty-y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return x, y
	}
	return x + dx/l*dist, y + dy/l*dist
}

func markersFor(used map[string]bool) []relationStyle {
	var out []relationStyle
	for _, s := range relationStyles {
		if used[s.Relation] && s.Relation != "related" {
			out = append(out, s)
		}
	}
	return out
}

// legend lists the relations drawn, one per row, starting at top; it
// returns the rows and the picture's height.
func legend(used map[string]bool, top int) ([]svgLegendItem, int) {
	var items []svgLegendItem
	y := top
	for _, s := range relationStyles {
		if !used[s.Relation] {
			continue
		}
		items = append(items, svgLegendItem{X: num(tlGutter), Y: num(float64(y + 7)), LineEnd: num(tlGutter + 36),
			TextX: num(tlGutter + 46), Style: s})
		y += tlLegendRow
	}
	return items, y + 6
}

func timelineDesc(in timelineInput, outlets int, first, last time.Time, undated int) string {
	edges, related := 0, 0
	for _, e := range in.Edges {
		if e.From != 0 || e.FromExternal != "" {
			edges++
		}
	}
	related = len(relatedToDraw(in))
	s := fmt.Sprintf("%d articles from %d outlets", len(in.Articles), outlets)
	if !first.IsZero() {
		s += fmt.Sprintf(", dated from %s to %s", first.Format("2 Jan 2006 15:04 UTC"), last.Format("2 Jan 2006 15:04 UTC"))
	}
	if undated > 0 {
		s += fmt.Sprintf(" (%d undated, drawn at the right)", undated)
	}
	s += fmt.Sprintf("; %d provenance edges drawn as arrows from source to later article", edges)
	if related > 0 {
		s += fmt.Sprintf(", and %d dashed line(s) between parts written independently", related)
	}
	return s + ". The list of articles below gives the same information as text."
}

type tick struct {
	at    time.Time
	label string
}

// timeTicks picks round times between first and last, at most about seven,
// labelled in UTC with only as much of the date as the span needs.
func timeTicks(first, last time.Time) []tick {
	span := last.Sub(first)
	steps := []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour,
		2 * time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour, 24 * time.Hour, 48 * time.Hour,
		7 * 24 * time.Hour, 30 * 24 * time.Hour, 365 * 24 * time.Hour}
	step := steps[len(steps)-1]
	for _, s := range steps {
		if span/s <= 6 {
			step = s
			break
		}
	}
	layout := "15:04"
	switch {
	case step >= 24*time.Hour:
		layout = "2 Jan"
	case first.YearDay() != last.YearDay() || first.Year() != last.Year():
		layout = "2 Jan 15:04"
	}
	if span <= 0 {
		return []tick{{first, first.Format(layout)}}
	}
	var out []tick
	start := first.Truncate(step)
	if step >= 24*time.Hour {
		start = time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, time.UTC)
	}
	for t := start; !t.After(last); t = t.Add(step) {
		if t.Before(first) {
			continue
		}
		out = append(out, tick{t, t.Format(layout)})
	}
	return out
}

// outletGraphInput is what an outlet's (or a group's) picture is drawn
// from: the outlets it takes from and those that take from it.
type outletGraphInput struct {
	Outlet     string
	IsGroup    bool
	CopiesFrom []outletFlow
	CopiedBy   []outletFlow
}

type outletFlow struct {
	Outlet   string
	Articles int
}

const (
	ogWidth   = 900
	ogRow     = 30
	ogTop     = 40
	ogSideW   = 210 // room for the names on either side
	ogCenterW = 200
	ogMaxRows = 12
)

// drawOutletGraph draws sources on the left, the outlet in the middle and
// copiers on the right, an arrow per pair thicker for more articles, and
// the number of articles beside each name.
func drawOutletGraph(in outletGraphInput) svgDrawing {
	from := topFlows(in.CopiesFrom)
	by := topFlows(in.CopiedBy)
	rows := max(len(from), len(by), 1)
	height := ogTop + rows*ogRow + 16
	d := svgDrawing{Class: "outlet-graph", Width: ogWidth, Height: height, IDPrefix: "og"}
	centerY := float64(ogTop) + float64(rows*ogRow)/2
	cx1 := float64(ogWidth/2 - ogCenterW/2)
	cx2 := float64(ogWidth/2 + ogCenterW/2)
	kind := "outlet"
	if in.IsGroup {
		kind = "group"
	}
	d.Nodes = append(d.Nodes, svgNode{Class: kind + " center", Key: in.Outlet, Outlet: in.Outlet, Rect: true,
		X: num(cx1), Y: num(centerY - 16), W: num(cx2 - cx1), H: "32", Fill: "#e8eef5", Stroke: "#1f3a5f", Tooltip: in.Outlet})
	d.Labels = append(d.Labels, svgLabel{X: num(float64(ogWidth) / 2), Y: num(centerY + 5), Anchor: "middle",
		Text: clip(in.Outlet, 26), Class: "center-label"})
	maxN := 1
	for _, f := range append(slices.Clone(from), by...) {
		maxN = max(maxN, f.Articles)
	}
	width := func(n int) string { return num(1.5 + 6*float64(n)/float64(maxN)) }
	st := styleOf("copy")
	rowY := func(i, n int) float64 {
		return float64(ogTop) + float64(rows*ogRow)/2 - float64(n*ogRow)/2 + float64(i*ogRow) + ogRow/2
	}
	for i, f := range from {
		y := rowY(i, len(from))
		x := float64(ogSideW)
		d.Nodes = append(d.Nodes, svgNode{Class: "outlet source", Key: f.Outlet, Outlet: f.Outlet,
			Href: "/outlets/" + f.Outlet, X: num(x), Y: num(y), R: "5", Fill: "#1f3a5f", Stroke: "#ffffff", Tooltip: f.Outlet})
		// The count is written beside the name, where it cannot collide
		// with the other rows' arrows.
		d.Labels = append(d.Labels, svgLabel{X: num(x - 10), Y: num(y + 4), Anchor: "end", Text: fmt.Sprintf("%s · %d", clip(f.Outlet, 24), f.Articles)})
		d.Edges = append(d.Edges, svgEdge{Class: "flow", From: f.Outlet, To: in.Outlet, Relation: "copy",
			Path: fmt.Sprintf("M%s %sL%s %s", num(x+2), num(y), num(cx1-8), num(centerY)), Color: st.Color,
			Width: width(f.Articles), Marker: true, Articles: f.Articles,
			Tooltip: fmt.Sprintf("%s took %d article(s) from %s", in.Outlet, f.Articles, f.Outlet)})
	}
	for i, f := range by {
		y := rowY(i, len(by))
		x := float64(ogWidth - ogSideW)
		d.Nodes = append(d.Nodes, svgNode{Class: "outlet copier", Key: f.Outlet, Outlet: f.Outlet,
			Href: "/outlets/" + f.Outlet, X: num(x), Y: num(y), R: "5", Fill: "#1f3a5f", Stroke: "#ffffff", Tooltip: f.Outlet})
		d.Labels = append(d.Labels, svgLabel{X: num(x + 10), Y: num(y + 4), Anchor: "start", Text: fmt.Sprintf("%s · %d", clip(f.Outlet, 24), f.Articles)})
		d.Edges = append(d.Edges, svgEdge{Class: "flow", From: in.Outlet, To: f.Outlet, Relation: "copy",
			Path: fmt.Sprintf("M%s %sL%s %s", num(cx2), num(centerY), num(x-8), num(y)), Color: st.Color,
			Width: width(f.Articles), Marker: true, Articles: f.Articles,
			Tooltip: fmt.Sprintf("%s took %d article(s) from %s", f.Outlet, f.Articles, in.Outlet)})
	}
	if len(from) > 0 {
		d.Labels = append(d.Labels, svgLabel{X: num(ogSideW - 6), Y: "20", Anchor: "end", Text: "takes from", Class: "heading"})
	}
	if len(by) > 0 {
		d.Labels = append(d.Labels, svgLabel{X: num(ogWidth - ogSideW + 6), Y: "20", Anchor: "start", Text: "taken by", Class: "heading"})
	}
	if len(from) == 0 && len(by) == 0 {
		d.Labels = append(d.Labels, svgLabel{X: num(float64(ogWidth) / 2), Y: num(centerY + 32), Anchor: "middle",
			Text: "no reuse to or from other outlets in the corpus"})
		d.Height += 24
	}
	d.Markers = []relationStyle{st}
	d.Title = fmt.Sprintf("Who %s %s takes from and who takes from it", kind, in.Outlet)
	d.Desc = outletGraphDesc(in, from, by)
	return d
}

// topFlows keeps the busiest pairs so that the picture stays legible; the
// tables beside it list them all.
func topFlows(fs []outletFlow) []outletFlow {
	out := slices.Clone(fs)
	slices.SortStableFunc(out, func(a, b outletFlow) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(a.Outlet, b.Outlet))
	})
	if len(out) > ogMaxRows {
		out = out[:ogMaxRows]
	}
	return out
}

func outletGraphDesc(in outletGraphInput, from, by []outletFlow) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s takes articles from %d outlet(s)", in.Outlet, len(in.CopiesFrom))
	for i, f := range from {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		fmt.Fprintf(&b, "%s%s (%d)", sep, f.Outlet, f.Articles)
	}
	fmt.Fprintf(&b, "; %d outlet(s) take from it", len(in.CopiedBy))
	for i, f := range by {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		fmt.Fprintf(&b, "%s%s (%d)", sep, f.Outlet, f.Articles)
	}
	b.WriteString(".")
	return b.String()
}

// renderSVG executes the "svg" template on a drawing. The result is safe
// to place in a page: the template escaped every piece of text in it.
func (p *pages) renderSVG(d svgDrawing) (template.HTML, error) {
	var b bytes.Buffer
	if err := p.svg.ExecuteTemplate(&b, "svg", d); err != nil {
		return "", fmt.Errorf("draw %s: %w", d.Class, err)
	}
	return template.HTML(b.String()), nil
}
