package room

import "testing"

func TestFor(t *testing.T) {
	s := []int{1, 2, 3}
	if got := For(s, 0); &got[0] != &s[0] {
		t.Error("moved a slice that had the room")
	}
	got := For(s, 100)
	if len(got) != 3 || cap(got)-len(got) < 100 || got[0] != 1 || got[2] != 3 {
		t.Errorf("For(s, 100): len %d cap %d %v", len(got), cap(got), got)
	}
	if again := For(got, 100); &again[0] != &got[0] {
		t.Error("moved a slice that had the room")
	}
	if got := For[int](nil, -5); got != nil {
		t.Errorf("For(nil, -5) = %v", got)
	}
}
