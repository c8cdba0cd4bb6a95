#include <stdio.h>
#include <stdlib.h>

struct node { char name[32]; struct node *next; };

void remove_first(struct node **head) {
    struct node *n = *head;
    if (!n) return;
    *head = n->next;
    free(n);
    printf("removed %s\n", n->name);
}
