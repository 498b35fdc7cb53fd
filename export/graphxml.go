package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"time"
)

// The two graph formats are written token by token with encoding/xml, so
// that a graph of any size streams and every title and URL is escaped
// (characters XML cannot hold become U+FFFD).

// Attribute types, named as GEXF names them; GraphML's names differ.
const (
	attrString  = "string"
	attrInteger = "integer"
	attrDouble  = "double"
	attrBoolean = "boolean"
)

// attrDef declares one node or edge attribute.
type attrDef struct {
	id, title, kind string
}

// graphHead is what a graph declares before its nodes.
type graphHead struct {
	description string
	// dynamic graphs give nodes and edges a start time, for Gephi's
	// timeline.
	dynamic              bool
	nodeAttrs, edgeAttrs []attrDef
}

// gnode is a node; values line up with the declared node attributes, ""
// where a node has no value.
type gnode struct {
	id, label string
	start     time.Time
	values    []string
}

type gedge struct {
	id, source, target, label string
	weight                    float64
	undirected                bool
	start                     time.Time
	values                    []string
}

// graphEncoder writes nodes, then edges.
type graphEncoder interface {
	begin(graphHead) error
	node(gnode) error
	edges() error
	edge(gedge) error
	end() error
}

func newGraphEncoder(format string, w io.Writer) graphEncoder {
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if format == GEXF {
		return &gexfEncoder{xmlWriter: xmlWriter{w: w, enc: enc}}
	}
	return &graphmlEncoder{xmlWriter: xmlWriter{w: w, enc: enc}}
}

// xmlWriter keeps the first error, so that writing code reads straight.
type xmlWriter struct {
	w   io.Writer // written to before the encoder's first token only
	enc *xml.Encoder
	err error
}

func (x *xmlWriter) start(name string, attrs ...string) {
	if x.err != nil {
		return
	}
	el := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		el.Attr = append(el.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
	}
	x.err = x.enc.EncodeToken(el)
}

func (x *xmlWriter) finish(name string) {
	if x.err != nil {
		return
	}
	x.err = x.enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}})
}

func (x *xmlWriter) text(s string) {
	if x.err != nil {
		return
	}
	x.err = x.enc.EncodeToken(xml.CharData(s))
}

// leaf writes <name attrs...>text</name>.
func (x *xmlWriter) leaf(name, text string, attrs ...string) {
	x.start(name, attrs...)
	x.text(text)
	x.finish(name)
}

// header writes the XML declaration, straight to the output: the encoder
// would run the root element onto the declaration's line.
func (x *xmlWriter) header() {
	if x.err != nil {
		return
	}
	_, x.err = io.WriteString(x.w, xml.Header)
}

func (x *xmlWriter) close() error {
	if x.err == nil {
		x.err = x.enc.Close()
	}
	return x.err
}

// label makes a title fit for a one-line label.
func label(s string) string { return strings.Join(strings.Fields(s), " ") }

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// GEXF 1.3: https://gexf.net/schema.html
const gexfNS = "http://gexf.net/1.3"

type gexfEncoder struct {
	xmlWriter
	head graphHead
}

func (g *gexfEncoder) begin(h graphHead) error {
	g.head = h
	g.header()
	// No xsi:schemaLocation: GEXF's RELAX NG grammar allows no attribute
	// beyond version and variant on the root.
	g.start("gexf", "xmlns", gexfNS, "version", "1.3")
	g.start("meta", "lastmodifieddate", time.Now().UTC().Format("2006-01-02"))
	g.leaf("creator", "echotrace")
	g.leaf("description", h.description)
	g.finish("meta")
	graph := []string{"defaultedgetype", "directed", "mode", "static"}
	if h.dynamic {
		graph = []string{"defaultedgetype", "directed", "mode", "dynamic", "timeformat", "dateTime", "timezone", "UTC"}
	}
	g.start("graph", graph...)
	for _, class := range []struct {
		name  string
		attrs []attrDef
	}{{"node", h.nodeAttrs}, {"edge", h.edgeAttrs}} {
		g.start("attributes", "class", class.name)
		for _, a := range class.attrs {
			g.start("attribute", "id", a.id, "title", a.title, "type", a.kind)
			g.finish("attribute")
		}
		g.finish("attributes")
	}
	g.start("nodes")
	return g.err
}

func (g *gexfEncoder) attvalues(defs []attrDef, values []string) {
	g.start("attvalues")
	for i, v := range values {
		if v != "" {
			g.start("attvalue", "for", defs[i].id, "value", v)
			g.finish("attvalue")
		}
	}
	g.finish("attvalues")
}

func (g *gexfEncoder) node(n gnode) error {
	attrs := []string{"id", n.id, "label", label(n.label)}
	if g.head.dynamic && !n.start.IsZero() {
		attrs = append(attrs, "start", formatTime(n.start))
	}
	g.start("node", attrs...)
	g.attvalues(g.head.nodeAttrs, n.values)
	g.finish("node")
	return g.err
}

func (g *gexfEncoder) edges() error {
	g.finish("nodes")
	g.start("edges")
	return g.err
}

func (g *gexfEncoder) edge(e gedge) error {
	attrs := []string{"id", e.id, "source", e.source, "target", e.target, "weight", ftoa(e.weight)}
	if e.undirected {
		attrs = append(attrs, "type", "undirected")
	}
	if e.label != "" {
		attrs = append(attrs, "label", label(e.label))
	}
	if g.head.dynamic && !e.start.IsZero() {
		attrs = append(attrs, "start", formatTime(e.start))
	}
	g.start("edge", attrs...)
	g.attvalues(g.head.edgeAttrs, e.values)
	g.finish("edge")
	return g.err
}

func (g *gexfEncoder) end() error {
	g.finish("edges")
	g.finish("graph")
	g.finish("gexf")
	return g.close()
}

// GraphML: http://graphml.graphdrawing.org/specification.html. Gephi reads
// the "label" and "weight" keys as a node's label and an edge's weight.
const graphmlNS = "http://graphml.graphdrawing.org/xmlns"

type graphmlEncoder struct {
	xmlWriter
	head graphHead
}

var graphmlTypes = map[string]string{attrString: "string", attrInteger: "long", attrDouble: "double", attrBoolean: "boolean"}

func (g *graphmlEncoder) begin(h graphHead) error {
	g.head = h
	g.header()
	g.start("graphml", "xmlns", graphmlNS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", graphmlNS+" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
	key := func(id, target, name, kind string) {
		g.start("key", "id", id, "for", target, "attr.name", name, "attr.type", graphmlTypes[kind])
		g.finish("key")
	}
	key("label", "node", "label", attrString)
	for _, a := range h.nodeAttrs {
		key("n_"+a.id, "node", a.title, a.kind)
	}
	key("weight", "edge", "weight", attrDouble)
	key("edge_label", "edge", "label", attrString)
	for _, a := range h.edgeAttrs {
		key("e_"+a.id, "edge", a.title, a.kind)
	}
	g.start("graph", "id", "echotrace", "edgedefault", "directed")
	g.leaf("desc", h.description)
	return g.err
}

func (g *graphmlEncoder) data(prefix string, defs []attrDef, values []string) {
	for i, v := range values {
		if v != "" {
			g.leaf("data", v, "key", prefix+defs[i].id)
		}
	}
}

func (g *graphmlEncoder) node(n gnode) error {
	g.start("node", "id", n.id)
	g.leaf("data", label(n.label), "key", "label")
	g.data("n_", g.head.nodeAttrs, n.values)
	g.finish("node")
	return g.err
}

// edges: GraphML needs no separator between nodes and edges.
func (g *graphmlEncoder) edges() error { return g.err }

func (g *graphmlEncoder) edge(e gedge) error {
	attrs := []string{"id", e.id, "source", e.source, "target", e.target}
	if e.undirected {
		attrs = append(attrs, "directed", "false")
	}
	g.start("edge", attrs...)
	g.leaf("data", ftoa(e.weight), "key", "weight")
	if e.label != "" {
		g.leaf("data", label(e.label), "key", "edge_label")
	}
	g.data("e_", g.head.edgeAttrs, e.values)
	g.finish("edge")
	return g.err
}

func (g *graphmlEncoder) end() error {
	g.finish("graph")
	g.finish("graphml")
	return g.close()
}

func btoa(b bool) string { return strconv.FormatBool(b) }
