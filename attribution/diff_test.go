package attribution

import "testing"

func ops(ds []Delta) []string {
	var out []string
	for _, d := range ds {
		s := d.Op
		if d.A != nil {
			s += " " + d.A.Source + "/" + d.A.Via
		}
		if d.B != nil {
			s += " → " + d.B.Source + "/" + d.B.Via
		}
		out = append(out, s)
	}
	return out
}

func TestDiff(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b string
		want []string
	}{
		{
			name: "kept",
			a:    "The harbour will close for a week, the port authority said. Ferries will dock at Merevo.",
			b:    "Ferries will dock at Merevo. The harbour will close for a week, The Port Authority said.",
			want: []string{"kept the port authority/ → The Port Authority/"},
		},
		{
			name: "changed source",
			a:    "Bild reported that the commander had offered to resign over the retreat.",
			b:    "Media reported that the commander had offered to resign over the retreat.",
			want: []string{"changed Bild/ → Media/"},
		},
		{
			name: "relay dropped",
			a:    "Insiders cited by Bild said the commander had advised the president to abandon the city.",
			b:    "Insiders said the commander had advised the president to abandon the city.",
			want: []string{"changed Insiders/Bild → Insiders/"},
		},
		{
			name: "told dropped",
			a:    "Two officials at the port told the Harbour Gazette that the criteria were rewritten eleven days before the deadline.",
			b:    "Two officials at the port said that the criteria were rewritten eleven days before the deadline.",
			want: []string{"changed Two officials at the port/the Harbour Gazette → Two officials at the port/"},
		},
		{
			name: "credit dropped",
			a:    "The viaduct will stay shut until April, according to Northwire. Buses replace the trains.",
			b:    "The viaduct will stay shut until April. Buses replace the trains.",
			want: []string{"dropped Northwire/"},
		},
		{
			name: "credit added",
			a:    "The viaduct will stay shut until April.",
			b:    "The viaduct will stay shut until April.\nThis article was originally published by Northwire.",
			want: []string{"added → Northwire/"},
		},
		{
			name: "loaded verb",
			a:    "The minister said the audit had found no wrongdoing in the tender.",
			b:    "The minister claimed the audit had found no wrongdoing in the tender.",
			want: []string{"changed The minister/ → The minister/"},
		},
		{
			name: "neutral verb",
			a:    "The minister said the audit had found no wrongdoing in the tender.",
			b:    "The minister stated the audit had found no wrongdoing in the tender.",
			want: []string{"kept The minister/ → The minister/"},
		},
		{
			name: "two credits in one sentence",
			a:    "Officials said the road would reopen, and the police confirmed that the lorry had been removed.",
			b:    "Officials said the road would reopen, and local media confirmed that the lorry had been removed.",
			want: []string{"kept Officials/ → Officials/", "changed the police/ → local media/"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ops(DiffTexts(c.a, c.b))
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("got %q, want %q", got, c.want)
				}
			}
		})
	}
}
