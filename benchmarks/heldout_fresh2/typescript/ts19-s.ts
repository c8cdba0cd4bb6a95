import { Controller, Get, Query, Req } from "@nestjs/common";
import { InjectModel } from "@nestjs/mongoose";
import { Model } from "mongoose";
import { Note } from "./note.schema";

@Controller("notes")
export class NotesController {
  constructor(@InjectModel(Note.name) private readonly notes: Model<Note>) {}

  @Get("shared")
  async sharedWithMe(@Req() req: { user: { id: string } }, @Query("tag") tag: string) {
    const filter = { sharedWith: String(req.user.id), tags: String(tag) };
    return this.notes.find(filter).select("title updatedAt tags").limit(100).lean();
  }
}
