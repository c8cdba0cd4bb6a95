import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

// Shows the announcement text that marketing links pass as ?msg=<b>Sale</b> ends today
@Component({
  selector: 'app-announcement',
  standalone: true,
  template: `
    <div class="announcement" *ngIf="message">
      <span [innerHTML]="message"></span>
      <button (click)="message = null">Dismiss</button>
    </div>
  `,
})
export class AnnouncementComponent implements OnInit {
  message: SafeHtml | null = null;

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.route.queryParamMap.subscribe((params) => {
      const msg = params.get('msg');
      this.message = msg ? this.sanitizer.bypassSecurityTrustHtml(msg) : null;
    });
  }
}
